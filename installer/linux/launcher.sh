#!/bin/sh
# Linger's launchers on Linux (bin/Linger, bin/linger): start the bundled Java runtime as the
# launcher's jpackage configuration, lib/app/NAME.cfg, says: class path, main class, JVM options.
#
# They stand in for jpackage's native launchers, which on JDK 17 ask the package manager where
# their own library is on every start (rpm -qf, dpkg -S, dpkg -L): measured here, 0.35-0.4 s
# before the JVM even starts, on every launch of the app and every `linger` command.
set -e
self=$(readlink -f "$0")
bindir=${self%/*}
root=${bindir%/*}
appdir=$root/lib/app
name=${self##*/}
cfg=$appdir/$name.cfg
if [ ! -r "$cfg" ]; then
    echo "$name: cannot read $cfg" >&2
    exit 1
fi

# The cfg's $APPDIR, $BINDIR and $ROOTDIR, as jpackage's launcher expands them.
quote() { printf '%s' "$1" | sed 's/[&|\\]/\\&/g'; }
expanded=$(sed -e "s|\$APPDIR|$(quote "$appdir")|g" -e "s|\$BINDIR|$(quote "$bindir")|g" \
               -e "s|\$ROOTDIR|$(quote "$root")|g" "$cfg")

# JVM options go after the user's arguments for now, which are then moved to the end.
user_args=$#
classpath=
main=
while IFS= read -r line; do
    case $line in
        app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
        java-options=*) set -- "$@" "${line#java-options=}" ;;
    esac
done <<EOF
$expanded
EOF
if [ -z "$main" ]; then
    echo "$name: $cfg names no main class" >&2
    exit 1
fi
set -- "$@" "-Djpackage.app-path=$self" -cp "$classpath" "$main"
i=0
while [ "$i" -lt "$user_args" ]; do
    set -- "$@" "$1"
    shift
    i=$((i + 1))
done
exec "$root/lib/runtime/bin/java" "$@"
