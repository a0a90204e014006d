import type { ButtonHTMLAttributes } from "react";

// One look per intent, all at the 44 px touch height (WCAG 2.5.8 target size).
const VARIANTS = {
  primary: "bg-accent-dark text-white hover:bg-accent",
  secondary: "border border-muted bg-white",
  danger: "border border-accent-dark bg-white text-accent-dark",
} as const;

// "compact" for the small actions beside a row (move, remove, publish): same height, less weight.
const SIZES = { default: "px-4 py-2 font-semibold", compact: "px-3 py-1 text-sm" } as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

export function buttonClass(variant: ButtonVariant = "primary", extra?: string, size: ButtonSize = "default"): string {
  const base = `min-h-11 rounded disabled:opacity-60 ${SIZES[size]} ${VARIANTS[variant]}`;
  return extra ? `${base} ${extra}` : base;
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize; type: "submit" | "button" };

export function Button({ variant = "primary", size = "default", className, type, ...props }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, className, size)} {...props} />;
}
