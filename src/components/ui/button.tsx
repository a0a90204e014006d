import type { ButtonHTMLAttributes } from "react";

// One look per intent, all at the 44 px touch height (WCAG 2.5.8 target size).
const VARIANTS = {
  primary: "bg-accent-dark text-white hover:bg-accent",
  secondary: "border border-muted bg-white",
  danger: "border border-accent-dark bg-white text-accent-dark",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

export function buttonClass(variant: ButtonVariant = "primary", extra?: string): string {
  const base = `min-h-11 rounded px-4 py-2 font-semibold disabled:opacity-60 ${VARIANTS[variant]}`;
  return extra ? `${base} ${extra}` : base;
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; type: "submit" | "button" };

export function Button({ variant = "primary", className, type, ...props }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
