#!/usr/bin/env bash
# Builds Linger's installers for the system it runs on, into installer/target/:
#   Linux: .deb and .rpm      macOS: .dmg      Windows: .msi (needs WiX 3 on the PATH)
#
#   installer/build.sh [--type deb|rpm|dmg|msi|app-image]... [--no-build] [--no-cds] [--all-natives]
#
#   --type T       build only this kind (repeatable); default: every kind of this system
#   --no-build     use the jars already in */target instead of running `mvn package`
#   --no-cds       skip the AppCDS class lists (Linux)
#   --all-natives  keep the native libraries of every platform in the jars
#
# One image holds everything: a jlink'd Java runtime (with bin/java: the agent is started with
# it), the app launcher "Linger", the `linger` CLI (a second launcher on the same jars) and,
# through the CLI, the session agent. See the README's Install section.
#
# Installs the Debian packages it needs when run as root on Debian/Ubuntu (fakeroot, rpm, xvfb,
# xauth); otherwise names what is missing.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
TARGET="$HERE/target"
STAGE="$TARGET/stage"

APP_NAME="Linger"
VENDOR="Linger"
DESCRIPTION="Linger: a terminal whose shells outlive its window"
COPYRIGHT="Copyright the Linger authors"
MAC_BUNDLE_ID="dev.linger.Linger"
# A fixed upgrade code: a newer .msi replaces an older one instead of installing beside it.
WIN_UPGRADE_UUID="5c1f3b0e-7d7e-4a55-9d8b-4c3a2f1e6b71"
RPM_DEPS="libX11.so.6()(64bit), libXext.so.6()(64bit), libXi.so.6()(64bit), libXrender.so.1()(64bit), libXtst.so.6()(64bit), libasound.so.2()(64bit), libfreetype.so.6()(64bit), libfontconfig.so.1()(64bit)"
DESKTOP_JAR="$ROOT/desktop-app/target/linger-desktop.jar"
CLI_JAR="$ROOT/session-agent/target/linger.jar"
CLI_MAIN_CLASS="dev.linger.agent.cli.Main"
# The app's main class. Empty: whatever the desktop jar's manifest names (dev.linger.app.LingerApp);
# set LINGER_MAIN_CLASS to override.
MAIN_CLASS="${LINGER_MAIN_CLASS:-}"
# Modules that jdeps cannot see (reflection, JNA, service loading) or that users need anyway:
# jdk.accessibility: screen readers (Java Access Bridge on Windows); jdk.unsupported: JNA and
# sqlite; jdk.net: SO_PEERCRED; jdk.charsets: shells and files in legacy encodings.
EXTRA_MODULES="java.desktop,java.logging,java.sql,jdk.net,jdk.unsupported,jdk.accessibility,jdk.charsets"
JLINK_OPTIONS="--strip-debug --no-man-pages --no-header-files --generate-cds-archive"

types=()
build=1
cds=1
slim=1
while (($#)); do
  case "$1" in
    --type) types+=("$2"); shift 2 ;;
    --type=*) types+=("${1#--type=}"); shift ;;
    --no-build) build=0; shift ;;
    --no-cds) cds=0; shift ;;
    --all-natives) slim=0; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "installer/build.sh: unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "installer/build.sh: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
if ((${#types[@]} == 0)); then
  case "$os" in
    linux) types=(deb rpm) ;;
    mac) types=(dmg) ;;
    windows) types=(msi) ;;
  esac
fi
# macOS and Windows file systems ignore case: "Linger" and "linger" would be one launcher there.
if [ "$os" = linux ]; then CLI_NAME="linger"; else CLI_NAME="linger-cli"; fi

log() { printf '\n== %s\n' "$*"; }
die() { echo "installer/build.sh: $*" >&2; exit 1; }
# A path as the native tools of this system want it (Git Bash on Windows: C:\...).
native() { if [ "$os" = windows ]; then cygpath -w "$1"; else printf '%s' "$1"; fi; }

# --- tools -------------------------------------------------------------------------------
JAVA_BIN=""
if [ -n "${JAVA_HOME:-}" ]; then
  if [ "$os" = windows ]; then JAVA_BIN="$(cygpath -u "$JAVA_HOME")/bin/"; else JAVA_BIN="$JAVA_HOME/bin/"; fi
fi
for tool in java jpackage jdeps jar; do
  command -v "${JAVA_BIN}$tool" >/dev/null || die "needs a JDK 17+ with $tool (set JAVA_HOME)"
done
java_major="$("${JAVA_BIN}java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[ "${java_major%%.*}" -ge 17 ] 2>/dev/null || die "needs JDK 17 or newer (found ${java_major:-?})"

if [ "$os" = linux ]; then
  need=()
  for t in "${types[@]}"; do
    case "$t" in
      deb) command -v dpkg-deb >/dev/null || need+=(dpkg); command -v fakeroot >/dev/null || need+=(fakeroot) ;;
      rpm) command -v rpmbuild >/dev/null || need+=(rpm) ;;
    esac
  done
  if ((cds)); then
    if [ -z "${DISPLAY:-}" ]; then
      command -v xvfb-run >/dev/null || need+=(xvfb)
      command -v xauth >/dev/null || need+=(xauth)
    fi
  fi
  if ((${#need[@]})); then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      log "installing ${need[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    else
      die "please install: ${need[*]} (Debian/Ubuntu package names)"
    fi
  fi
fi

# --- jars ----------------------------------------------------------------------------------
if ((build)); then
  log "building the jars (mvn package)"
  (cd "$ROOT" && mvn -B -q -DskipTests package)
fi
[ -f "$DESKTOP_JAR" ] || die "missing $DESKTOP_JAR (run mvn -B -DskipTests package)"
[ -f "$CLI_JAR" ] || die "missing $CLI_JAR (run mvn -B -DskipTests package)"

manifest_main() {
  local dir; dir="$(mktemp -d)"
  (cd "$dir" && "${JAVA_BIN}jar" xf "$(native "$1")" META-INF/MANIFEST.MF)
  sed -n 's/^Main-Class: *//p' "$dir/META-INF/MANIFEST.MF" | tr -d '\r'
  rm -rf "$dir"
}
[ -n "$MAIN_CLASS" ] || MAIN_CLASS="$(manifest_main "$DESKTOP_JAR")"
[ -n "$MAIN_CLASS" ] || die "no main class: set LINGER_MAIN_CLASS"

VERSION="$(sed -n '/<artifactId>linger-parent</,/<\/version>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
VERSION="${VERSION%-SNAPSHOT}"
[ -n "$VERSION" ] || die "cannot read the version from pom.xml"
APP_VERSION="$VERSION"
# jpackage refuses a macOS bundle version whose first number is 0; until 1.0 the bundle says 1.0.0
# (the .dmg's file name keeps the real version).
if [ "$os" = mac ] && [ "${VERSION%%.*}" = 0 ]; then APP_VERSION="1.0.0"; fi

log "Linger $VERSION for $os ($(uname -m)): ${types[*]}; app main class $MAIN_CLASS"
rm -rf "$STAGE"
mkdir -p "$STAGE/input" "$STAGE/resources" "$TARGET"

# The app jar, and the CLI jar unless the app jar already holds the agent and CLI.
jar_has() { "${JAVA_BIN}jar" tf "$(native "$1")" | grep -qx "$2"; }
jars=("$DESKTOP_JAR")
CLI_MAIN_JAR="$(basename "$DESKTOP_JAR")"
if ! jar_has "$DESKTOP_JAR" "${CLI_MAIN_CLASS//.//}.class"; then
  jars+=("$CLI_JAR")
  CLI_MAIN_JAR="$(basename "$CLI_JAR")"
fi
for j in "${jars[@]}"; do
  if ((slim)); then
    "${JAVA_BIN}java" "$(native "$HERE/src/JarSlim.java")" "$(native "$j")" "$(native "$STAGE/input/$(basename "$j")")"
  else
    cp "$j" "$STAGE/input/"
  fi
done

# --- runtime modules ------------------------------------------------------------------------------
jdeps_jars=()
for j in "${jars[@]}"; do jdeps_jars+=("$(native "$j")"); done
deps="$("${JAVA_BIN}jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "${jdeps_jars[@]}" \
  | tail -1 | tr -d '\r')"
MODULES="$(printf '%s,%s' "$deps" "$EXTRA_MODULES" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)"
echo "runtime modules: $MODULES"

# --- icons ------------------------------------------------------------------------------------
case "$os" in
  linux) ICON="$ROOT/icons/png/linger-256.png" ;;
  mac) ICON="$ROOT/icons/linger.icns" ;;
  windows) ICON="$ROOT/icons/linger.ico" ;;
esac
[ -f "$ICON" ] || die "missing $ICON (run icons/build.sh)"

# --- launchers ---------------------------------------------------------------------------------
# AppCDS (Linux): the class lists of the app and the CLI are recorded here and their archives
# dumped by postinst at the installed paths: JDK 17 takes an archive only where its jars were at
# dump time. (The CLI's halves the CPU time of a `linger` command.)
cds_on=0
if [ "$os" = linux ] && ((cds)); then cds_on=1; fi
app_java_options=()
cli_java_options="-XX:TieredStopAtLevel=1 -Xshare:auto"
if ((cds_on)); then
  app_java_options=(--java-options "-XX:SharedArchiveFile=\$APPDIR/$APP_NAME.jsa" --java-options "-Xshare:auto")
  cli_java_options+=" -XX:SharedArchiveFile=\$APPDIR/$CLI_NAME-cli.jsa"
fi
# The CLI: a second launcher on the same jars. Short-lived commands: C1 only. (Not the serial
# collector: with it, JDK 17 cannot map the CDS archive's heap objects and starts slower.)
{
  echo "main-jar=$CLI_MAIN_JAR"
  echo "main-class=$CLI_MAIN_CLASS"
  echo "java-options=$cli_java_options"
  echo "icon=$(native "$ICON" | sed 's/\\/\\\\/g')"
  echo "linux-shortcut=false"
  echo "win-console=true"
  echo "win-shortcut=false"
  echo "win-menu=false"
} > "$STAGE/cli.properties"

# --- the application image -------------------------------------------------------------------------
mac_args=()
if [ "$os" = mac ]; then
  mac_args=(--mac-package-identifier "$MAC_BUNDLE_ID" --mac-package-name "$APP_NAME"
            --mac-app-category "public.app-category.developer-tools")
  # Ready for codesigning: with a Developer ID in the keychain, name it in
  # MAC_SIGNING_KEY_USER_NAME ("Team Name (TEAMID)"); the image and the .dmg are then signed with
  # the hardened runtime and these entitlements.
  if [ -n "${MAC_SIGNING_KEY_USER_NAME:-}" ]; then
    mac_args+=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_KEY_USER_NAME"
               --mac-entitlements "$HERE/macos/linger.entitlements")
    [ -n "${MAC_SIGNING_KEYCHAIN:-}" ] && mac_args+=(--mac-signing-keychain "$MAC_SIGNING_KEYCHAIN")
  fi
fi

log "jpackage: application image"
"${JAVA_BIN}jpackage" --type app-image --dest "$(native "$STAGE/image")" \
  --name "$APP_NAME" --app-version "$APP_VERSION" --vendor "$VENDOR" \
  --description "$DESCRIPTION" --copyright "$COPYRIGHT" --icon "$(native "$ICON")" \
  --input "$(native "$STAGE/input")" --main-jar "$(basename "$DESKTOP_JAR")" --main-class "$MAIN_CLASS" \
  --add-modules "$MODULES" --jlink-options "$JLINK_OPTIONS" \
  --add-launcher "$CLI_NAME=$(native "$STAGE/cli.properties")" \
  ${app_java_options[@]+"${app_java_options[@]}"} ${mac_args[@]+"${mac_args[@]}"}

case "$os" in
  mac) IMAGE="$STAGE/image/$APP_NAME.app"; APPDIR="$IMAGE/Contents/app"; RUNTIME="$IMAGE/Contents/runtime/Contents/Home"; BIN="$IMAGE/Contents/MacOS" ;;
  windows) IMAGE="$STAGE/image/$APP_NAME"; APPDIR="$IMAGE/app"; RUNTIME="$IMAGE/runtime"; BIN="$IMAGE" ;;
  *) IMAGE="$STAGE/image/$APP_NAME"; APPDIR="$IMAGE/lib/app"; RUNTIME="$IMAGE/lib/runtime"; BIN="$IMAGE/bin" ;;
esac
# The compressed-oops-off archive serves only heaps over 32 GB: not worth its 11 MB here.
rm -f "$RUNTIME/lib/server/classes_nocoops.jsa" "$RUNTIME/bin/server/classes_nocoops.jsa"
[ -f "$RUNTIME/bin/java" ] || [ -f "$RUNTIME/bin/java.exe" ] || die "the runtime has no bin/java: the agent could not start"
# Linux: shell launchers in place of jpackage's native ones, which on JDK 17 query rpm and dpkg
# for their own location on every start (~0.4 s here); they read the same .cfg files.
if [ "$os" = linux ]; then
  for l in "$APP_NAME" "$CLI_NAME"; do
    cp "$HERE/linux/launcher.sh" "$BIN/$l"
    chmod 755 "$BIN/$l"
  done
  rm -f "$IMAGE/lib/libapplauncher.so"
fi
"$BIN/$CLI_NAME" --help >/dev/null || die "the image's CLI launcher ($BIN/$CLI_NAME) does not run"

# --- AppCDS class lists (Linux) -------------------------------------------------------------------
if ((cds_on)); then
  log "AppCDS: recording the classes the app and the CLI load"
  "$HERE/cds-train.sh" "$IMAGE" "$APP_NAME" "$CLI_NAME"
fi

# --- packages ---------------------------------------------------------------------------------------
res="$STAGE/resources"
if [ "$os" = linux ]; then
  install_dir="/opt/$(echo "$APP_NAME" | tr '[:upper:]' '[:lower:]')"
  # The launchers' class paths, as their cfg files give them, for the postinst dumps.
  cfg_classpath() {
    sed -n 's/^app.classpath=//p' "$APPDIR/$1.cfg" | sed "s#\$APPDIR#$install_dir/lib/app#" | paste -sd: -
  }
  app_cp="$(cfg_classpath "$APP_NAME")"
  cli_cp="$(cfg_classpath "$CLI_NAME")"
  wm_class="$(echo "$MAIN_CLASS" | tr . -)"
  subst() {
    sed -e "s#@INSTALL_DIR@#$install_dir#g" -e "s#@APP@#$APP_NAME#g" -e "s#@CLI@#$CLI_NAME#g" \
        -e "s#@APP_CP@#$app_cp#g" -e "s#@CLI_CP@#$cli_cp#g" -e "s#@WM_CLASS@#$wm_class#g" \
        -e "s#@CDS@#$cds_on#g" "$1"
  }
  subst "$HERE/linux/launcher.desktop" > "$res/$APP_NAME.desktop"
  # JDK 17's jpackage gives every launcher a menu entry (it ignores linux-shortcut=false on an
  # added launcher): the CLI's is hidden (NoDisplay).
  subst "$HERE/linux/cli.desktop" > "$res/$CLI_NAME.desktop"
  cp "$ICON" "$res/$APP_NAME.png"
  cp "$ICON" "$res/$CLI_NAME.png"
  subst "$HERE/linux/postinst" > "$res/postinst"
  subst "$HERE/linux/prerm" > "$res/prerm"
  # The rpm spec: jpackage's own, with the same install and removal steps.
  subst "$HERE/linux/linger.spec" > "$res/$(echo "$APP_NAME" | tr '[:upper:]' '[:lower:]').spec"
fi
if [ "$os" = mac ]; then
  cp "$ICON" "$res/$APP_NAME.icns"
fi

for t in "${types[@]}"; do
  [ "$t" = app-image ] && continue
  log "jpackage: $t"
  args=(--type "$t" --app-image "$(native "$IMAGE")" --dest "$(native "$TARGET")" --name "$APP_NAME"
        --app-version "$APP_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION"
        --copyright "$COPYRIGHT" --resource-dir "$(native "$res")")
  case "$t" in
    deb|rpm)
      args+=(--linux-package-name "$(echo "$APP_NAME" | tr '[:upper:]' '[:lower:]')"
             --linux-shortcut --linux-menu-group "System;TerminalEmulator;"
             --linux-app-category "$([ "$t" = deb ] && echo x11 || echo "Applications/System")"
             --linux-rpm-license-type "Proprietary")
      # jpackage finds an rpm's library dependencies only where rpm knows the system's packages:
      # name them as sonames, which every rpm distribution provides under these names.
      if [ "$t" = rpm ] && ! rpm -q glibc >/dev/null 2>&1; then
        args+=(--linux-package-deps "$RPM_DEPS")
      fi
      rm -f "$TARGET"/*."$t" ;;
    dmg|pkg)
      args+=("${mac_args[@]}")
      rm -f "$TARGET"/*."$t" ;;
    msi|exe)
      args+=(--win-per-user-install --win-menu --win-menu-group "$APP_NAME" --win-shortcut
             --win-upgrade-uuid "$WIN_UPGRADE_UUID")
      rm -f "$TARGET"/*."$t" ;;
    *) die "unknown package type $t" ;;
  esac
  "${JAVA_BIN}jpackage" "${args[@]}"
  if [ "$t" = dmg ] && [ "$APP_VERSION" != "$VERSION" ]; then
    mv "$TARGET/$APP_NAME-$APP_VERSION.dmg" "$TARGET/$APP_NAME-$VERSION.dmg"
  fi
done

log "built"
du -sh "$IMAGE" | sed 's/^/app image: /'
for t in "${types[@]}"; do
  [ "$t" = app-image ] && continue
  for f in "$TARGET"/*."$t"; do
    [ -f "$f" ] && ls -l "$f" | awk '{printf "%s  %.1f MB  (%d bytes)\n", $NF, $5/1048576, $5}'
  done
done
