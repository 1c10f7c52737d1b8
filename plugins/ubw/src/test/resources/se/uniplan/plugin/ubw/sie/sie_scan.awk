# The figures SieSampleFilesTest expects, computed outside Java:
#   awk -f sie_scan.awk FILE
# counts a SIE file's #TRANS lines and sums their amounts in öre (integer arithmetic on the
# digits, no floating point); NR is the number of physical lines.
function ore(v,   neg, p, i, d) {
  neg = (substr(v, 1, 1) == "-"); if (neg) v = substr(v, 2)
  p = index(v, ".")
  if (p == 0) { i = v; d = "00" } else { i = substr(v, 1, p - 1); d = substr(substr(v, p + 1) "00", 1, 2) }
  return (neg ? -1 : 1) * (i * 100 + d)
}
{ sub(/^[ \t]+/, "") }
$1 == "#TRANS" {
  n++; s = $0; sub(/^[^}]*}[ \t]*/, "", s); split(s, a, /[ \t]+/); v = ore(a[1])
  if (v > 0) debit += v; else credit += v
}
END { printf "trans=%d debit_ore=%d credit_ore=%d lines=%d\n", n, debit, credit, NR }
