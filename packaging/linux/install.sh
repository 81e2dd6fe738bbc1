#!/bin/sh
# Installs Dossier from this folder for you alone (no root, no internet): the program in
# ~/.local/lib/dossier, the command in ~/.local/bin, the menu entry and icons in
# ~/.local/share. `./install.sh --system` (as root) installs for every user under /opt and
# /usr/local instead; the disguise can rename only a per-user menu entry.
# Your vault (~/.local/share/Dossier) is never touched, by this script or by uninstall.sh.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--system" ]; then
    APP_DIR=/opt/dossier
    BIN_DIR=/usr/local/bin
    SHARE=/usr/local/share
else
    APP_DIR="$HOME/.local/lib/dossier"
    BIN_DIR="$HOME/.local/bin"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

if [ ! -x "$HERE/dossier" ] || [ ! -d "$HERE/share" ]; then
    echo "Run this script from the unpacked Dossier folder." >&2
    exit 1
fi

# An update replaces the old program folder whole, so no stale library is left behind.
if [ "$HERE" != "$APP_DIR" ]; then
    case "$APP_DIR" in */dossier) rm -rf "$APP_DIR" ;; esac
    mkdir -p "$APP_DIR"
    cp -R "$HERE/." "$APP_DIR/"
fi
mkdir -p "$BIN_DIR" "$SHARE/applications" "$SHARE/metainfo"
ln -sf "$APP_DIR/dossier" "$BIN_DIR/dossier"

# The menu starts the program by its full path: ~/.local/bin is not on every desktop's PATH.
sed -e "s|^Exec=dossier|Exec=$APP_DIR/dossier|" -e "s|^TryExec=dossier|TryExec=$APP_DIR/dossier|" \
    "$HERE/share/applications/dossier.desktop" > "$SHARE/applications/dossier.desktop"
chmod 644 "$SHARE/applications/dossier.desktop"
cp "$HERE"/share/metainfo/*.metainfo.xml "$SHARE/metainfo/"
cp -R "$HERE/share/icons" "$SHARE/"

# Desktops cache menus and icons; refresh them when the tools are there.
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true

echo "Dossier is installed: open it from your applications menu, or type: dossier"
