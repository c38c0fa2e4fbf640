# Sourced by the start-up benchmarks. prepare_launch WORK CORPUS chooses how the help center is started:
# the packaged jar (APP_JAR to choose another) on JAVA (default java); with AOT=1, from a JDK AOT cache that
# deploy/aot-cache.sh first trains on CORPUS in WORK/aot (on a JDK 25: JAVA, or the one that script finds).
# start_app HEAP ARGS... then starts it with that heap, APP_OPTS's JVM options (a JFR recording, say) and the
# application's arguments; it ends in exec, so that "start_app ... &" leaves the JVM's pid in $!.
prepare_launch() {
  local work=$1 corpus=$2
  app_jar=${APP_JAR:-$(ls target/helpcenter-*.jar | head -n 1)}
  launcher=""
  if [ "${AOT:-0}" = 1 ]; then
    deploy/aot-cache.sh "$app_jar" "$corpus" "$work/aot" >&2
    launcher="$work/aot/run"
  fi
}

start_app() {
  local heap=$1
  shift
  if [ -n "$launcher" ]; then
    JAVA_OPTS="-Xmx$heap ${APP_OPTS:-}" exec "$launcher" "$@"
  else
    # shellcheck disable=SC2086
    exec "${JAVA:-java}" -Xmx"$heap" ${APP_OPTS:-} -jar "$app_jar" "$@"
  fi
}
