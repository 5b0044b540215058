package bom

// CRLF line endings and a BOM.
var s = `raw
with CR`

func f() {
	var 变量 = "ü"
	_ = 变量
}
