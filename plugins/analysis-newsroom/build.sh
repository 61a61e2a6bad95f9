#!/usr/bin/env bash
# Build the analysis-newsroom stable plugin zip without Gradle:
#   plugins/analysis-newsroom/build.sh LUCENE_LIB_DIR OUT_DIR
# LUCENE_LIB_DIR: the node's own lib/ (lucene-core-*.jar, lucene-analysis-common-*.jar are
# provided by the node at run time and are not bundled). Elastic's stable plugin API jars come
# from Maven Central (mvn dependency:copy when Maven is there, else curl). Needs a JDK 21+
# (JAVA_HOME, ES_JAVA_HOME or javac on PATH). Prints the zip's path; the zip's name carries a
# hash of its inputs, so an unchanged plugin is not rebuilt.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LIB="${1:?usage: build.sh LUCENE_LIB_DIR OUT_DIR}"
OUT="${2:?usage: build.sh LUCENE_LIB_DIR OUT_DIR}"
API_VERSION="9.5.3"     # elasticsearch-plugin-api / -analysis-api on Maven Central; a stable plugin matches the server's major
PLUGIN_VERSION="1.0.0"
MAVEN_REPO="${MAVEN_REPO:-https://repo1.maven.org/maven2}"
log() { echo "[plugin] $*" >&2; }

lucene=("$LIB"/lucene-core-*.jar "$LIB"/lucene-analysis-common-*.jar)
for j in "${lucene[@]}"; do [ -f "$j" ] || { log "no $j: pass the node's lib/ folder"; exit 1; }; done

hash="$( { cat "$HERE/build.sh" "$HERE/named_components.json" "$HERE/stable-plugin-descriptor.properties.in";
           find "$HERE/src" -type f -name '*.java' | LC_ALL=C sort | xargs cat; basename -a "${lucene[@]}"; } |
         sha256sum | cut -c1-10)"
zip="$OUT/analysis-newsroom-$PLUGIN_VERSION-$hash.zip"
if [ -s "$zip" ]; then echo "$zip"; exit 0; fi

javac_ok() {  # javac_ok JAVAC: a javac of 21 or later
  local v; v="$("$1" -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p')"
  [ -n "$v" ] && [ "$v" -ge 21 ]
}
javac=""
for j in "${JAVA_HOME:-}" "${ES_JAVA_HOME:-}" /usr/lib/jvm/temurin-2[5-9]-jdk-amd64 /usr/lib/jvm/temurin-2[1-4]-jdk-amd64 /usr/lib/jvm/java-2[1-9]-openjdk-amd64; do
  [ -n "$j" ] && [ -x "$j/bin/javac" ] && javac_ok "$j/bin/javac" && { javac="$j/bin/javac"; break; }
done
if [ -z "$javac" ] && command -v javac >/dev/null && javac_ok javac; then javac="$(command -v javac)"; fi
[ -n "$javac" ] || { log "no JDK 21+ with javac (set JAVA_HOME)"; exit 1; }
jar_tool="$(dirname "$javac")/jar"
# --release 21 needs the JDK's lib/ct.sym (a trimmed JDK may lack it): then -source/-target 21.
release=(--release 21)
[ -f "$(dirname "$javac")/../lib/ct.sym" ] || release=(-source 21 -target 21 -Xlint:-options)

mkdir -p "$OUT"
work="$(mktemp -d "$OUT/.build.XXXXXX")"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/api" "$work/classes" "$work/zip"
cache="$OUT/api-$API_VERSION"; mkdir -p "$cache"
for a in elasticsearch-plugin-api elasticsearch-plugin-analysis-api; do
  f="$cache/$a-$API_VERSION.jar"
  [ -s "$f" ] && continue
  log "fetching org.elasticsearch.plugin:$a:$API_VERSION"
  if command -v mvn >/dev/null; then
    mvn -q -B dependency:copy -Dartifact="org.elasticsearch.plugin:$a:$API_VERSION" -DoutputDirectory="$cache" \
      >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
  else
    url="$MAVEN_REPO/org/elasticsearch/plugin/$a/$API_VERSION/$a-$API_VERSION.jar"
    if command -v curl >/dev/null; then curl -fsSL --retry 3 -o "$f.tmp" "$url"
    elif command -v wget >/dev/null; then wget -q -O "$f.tmp" "$url"
    else  # a bare JDK image: the JDK fetches it itself
      printf '%s\n' 'public class Fetch { public static void main(String[] a) throws Exception {' \
        '  try (var in = java.net.URI.create(a[0]).toURL().openStream()) {' \
        '    java.nio.file.Files.copy(in, java.nio.file.Path.of(a[1])); } } }' > "$work/Fetch.java"
      "$(dirname "$javac")/java" "$work/Fetch.java" "$url" "$f.tmp"
    fi
    mv "$f.tmp" "$f"
  fi
done
cp="$(printf '%s:' "$cache"/*.jar "${lucene[@]}")"
log "compiling with $javac"
"$javac" "${release[@]}" -nowarn -cp "$cp" -d "$work/classes" $(find "$HERE/src" -name '*.java')
"$jar_tool" --create --file "$work/zip/analysis-newsroom-$PLUGIN_VERSION.jar" -C "$work/classes" .
cp "$HERE/named_components.json" "$work/zip/"
sed -e "s/@VERSION@/$PLUGIN_VERSION/" -e "s/@ES_API_VERSION@/$API_VERSION/" \
  "$HERE/stable-plugin-descriptor.properties.in" > "$work/zip/stable-plugin-descriptor.properties"
# The plugin zip: jar + descriptor + named components at its root (no zip(1) needed).
(cd "$work/zip" && "$jar_tool" --create --no-manifest --file "$work/plugin.zip" .)
mv "$work/plugin.zip" "$zip"
rm -f $(ls "$OUT"/analysis-newsroom-*.zip | grep -vxF "$zip") 2>/dev/null || true
log "built $zip"
echo "$zip"
