# Sourced by the benchmarks that run a Java main class from the test sources: run_main CLASS ARGS...
# compiles the project and its tests and runs CLASS with a 512 MB heap on the test classpath.
run_main() {
  ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test >/dev/null
  java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" "$@"
}
