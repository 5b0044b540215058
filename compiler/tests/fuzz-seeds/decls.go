//go:build linux && (amd64 || arm64) && !cgo

// +build linux

/* Package decls has a block comment
   spanning lines. */
package decls // trailing comment

import "C"
import (
	"fmt"
	m "math"
	. "strings"
	_ "embed"
	"unicode/utf8"
)

//go:embed hello.txt
var hello string

//line foo.go:10
const Pi = m.Pi

//line :20:5
const (
	A = iota * 10
	B
	C, D = iota, -iota
	_
	E string = "e"
)

var (
	x, y int = 1, 2
	z        = fmt.Sprintf
	w        float64
	u, v     = utf8.DecodeRuneInString("é")
)

var single = ToUpper("a")

type T = struct{}

type (
	U int
	V[P any] []P
)

//go:linkname runtimeNano runtime.nanotime
func runtimeNano() int64

func init() {}
func init() { _ = x }

func main() { fmt.Println(hello, Pi, A, B, C, D, E, y, z, w, u, v, single) }

func multi() (int, string, error) { return 0, "", nil }

func named() (a, b int, c string) { a, b, c = 1, 2, "3"; return }

func params(int, ...string) {}

func params2(a int, b ...[]string) {}

func params3(a, b int, c func(int) int) {}
