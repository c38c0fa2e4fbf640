# Sourced by the benchmarks that need the 10,000-article tree: generate_tree CORPUS TARGET writes, under
# TARGET/zh-tw/copyNN/, 40 copies of the corpus's 250 articles (partner-center and Archive), segment ids
# prefixed with the copy's number so that they stay unique.
generate_tree() {
  local corpus=$1 target=$2 i
  for i in $(seq -w 1 40); do
    mkdir -p "$target/zh-tw/copy$i"
    cp -r "$corpus/zh-tw/partner-center" "$corpus/zh-tw/Archive" "$target/zh-tw/copy$i/"
    find "$target/zh-tw/copy$i" -name '*.md' -exec sed -i -E "s/data-(ttu|stu)-id=\"/&c$i-/g" {} +
  done
}
