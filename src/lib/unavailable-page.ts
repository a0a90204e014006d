/**
 * The page the proxy answers, with status 503, while the database cannot be reached
 * (src/proxy.ts). Whole and self-contained: it is sent by the proxy itself, without
 * rendering the app (Next.js does not keep a rewrite's status on app pages), so it needs
 * neither the database nor the app's styles.
 */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export const UNAVAILABLE_PAGE = `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Service momentanément indisponible · Rencontres</title>
<style>
body { margin: 0; font-family: system-ui, sans-serif; color: #1f1d1a; background: #fbfaf7; line-height: 1.5; }
header, main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
header { font-family: Georgia, serif; font-weight: bold; font-size: 1.25rem; }
h1 { font-family: Georgia, serif; font-size: 1.875rem; }
</style>
</head>
<body>
<header>Rencontres</header>
<main>
<h1>Service momentanément indisponible</h1>
<p>La base de données du catalogue ne répond pas pour l’instant. Rien n’est perdu : le site reprendra de lui-même dès qu’elle sera de nouveau joignable.</p>
<p>Réessayez dans quelques instants, en rechargeant cette page.</p>
</main>
</body>
</html>
`;
