#!/bin/sh
# Removes what install.sh put in place (add --system for a system-wide install).
# Your vault and its backups are NOT removed: delete ~/.local/share/Dossier yourself, if you
# are sure, once you no longer need the evidence.
set -eu

if [ "${1:-}" = "--system" ]; then
    APP_DIR=/opt/dossier
    BIN_DIR=/usr/local/bin
    SHARE=/usr/local/share
else
    APP_DIR="$HOME/.local/lib/dossier"
    BIN_DIR="$HOME/.local/bin"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

rm -f "$BIN_DIR/dossier" "$SHARE/applications/dossier.desktop"
for entry in "$APP_DIR"/share/metainfo/*.metainfo.xml; do
    [ -e "$entry" ] && rm -f "$SHARE/metainfo/$(basename "$entry")"
done
find "$SHARE/icons/hicolor" -path '*/apps/dossier.*' -delete 2>/dev/null || true
rm -rf "$APP_DIR"
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$SHARE/applications" || true
echo "Dossier is uninstalled. Your vault was kept."
