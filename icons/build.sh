#!/usr/bin/env bash
# Generates every size and format of Linger's icon from icons/linger.svg:
#   icons/png/linger-N.png  N = 16 24 32 48 64 128 256 512 1024   (window, taskbar, menu entry, .deb/.rpm)
#   icons/linger.ico        16…256, for Windows (.msi, the launchers)
#   icons/linger.icns       16…1024, for macOS (.dmg, the app bundle)
# with rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils), all Debian
# packages, installed here when run as root and missing. The outputs are committed, so building
# the app or the installers does not need these tools.
set -euo pipefail
cd "$(dirname "$0")"

have_magick() { command -v convert >/dev/null && convert -version 2>/dev/null | grep -q ImageMagick; }
need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
have_magick || need+=(imagemagick)
command -v png2icns >/dev/null || need+=(icnsutils)
if ((${#need[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "icons/build.sh: please install: ${need[*]}" >&2
    exit 1
  fi
fi

mkdir -p png
for n in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio linger.svg --output "png/linger-$n.png"
done

# .ico: the sizes Windows asks for; no timestamps, so the file only changes when the drawing does.
convert png/linger-{16,24,32,48,64,128,256}.png -define png:exclude-chunks=date,time linger.ico

# .icns: png2icns takes 16, 32, 48, 128, 256, 512 and 1024.
png2icns linger.icns png/linger-{16,32,48,128,256,512,1024}.png >/dev/null

ls -l png/*.png linger.ico linger.icns | awk '{print $5"\t"$NF}'
