// Package consts: constant declarations, iota and untyped constant
// arithmetic. Type-correct: the checker must accept it.
package consts

import "unsafe"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = Weekday(iota * 10)
	Saturday
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
	FlagAll = FlagA | FlagB | FlagC | FlagD
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 2
	c, d
	e, f = "e", 'f'
	g, h
)

const (
	Big              = 1 << 100
	Small            = Big >> 98
	Huge             = Big * Big
	Ratio            = Huge / Big / Big
	Third            = 1.0 / 3
	Exact            = Third * 3
	Neg              = -Big + Big - 1
	MaxU64           = 1<<64 - 1
	MaxI64           = 1<<63 - 1
	MinI64           = -1 << 63
	Rune             = 'a' + 1
	RuneDiff         = 'z' - 'a'
	Mixed            = 'a' * 2.0
	Cplx             = 1 + 2i
	CplxSq           = Cplx * Cplx
	CplxReal         = real(CplxSq)
	CplxImag         = imag(Cplx)
	Built            = complex(1, 2.5)
	Str              = "hello, " + "world"
	StrLen           = len(Str)
	BoolC            = Big > Small && !(MaxU64 < 0) || false
	Shifted          = 1.0 << 3
	FloatInt         = 5.0 / 2
	IntDiv           = 5 / 2
	Mod              = -7 % 3
	AndNot           = 0xff &^ 0x0f
	Xor              = ^0
	UXor             = ^uint8(0)
	Oct              = 0o755 | 0b1010 | 0x_FF | 017
	Float            = 1e3 + .5 + 1. + 0x1p-2 + 1_000.000_1
	Imag             = 2i * 2i
	Typed    int64   = MaxI64
	TypedF   float32 = 1.5
	TypedU   uint    = MaxU64 >> 1
	TypedC           = complex64(Cplx)
)

const Arr = len([4]int{})

var arr [Arr * 2]byte

const (
	SizeInt   = unsafe.Sizeof(int(0))
	SizeArr   = unsafe.Sizeof(arr)
	AlignF64  = unsafe.Alignof(float64(0))
	OffsetOfB = unsafe.Offsetof(S{}.B)
	SizeS     = unsafe.Sizeof(S{})
)

type S struct {
	A byte
	B int64
	C [3]uint16
	D struct {
		E bool
		F string
	}
}

const OffsetOfF = unsafe.Offsetof(S{}.D.F)

var sizes = [...]uintptr{SizeInt, SizeArr, AlignF64, OffsetOfB, SizeS, OffsetOfF}

func (d Weekday) Weekend() bool { return d == Sunday || d == Saturday }

func Use() (int, float64, string, complex128) {
	const local = iota
	const (
		x = len("four") << local
		y = x + 0.0
	)
	var s uint = 3
	i := 1 << s
	var f float64 = 1 << 3
	j := int64(1) << (s + 1)
	k := uint8(Small) >> s
	var r rune = Rune
	var by byte = 'x' - 'a' + 'A'
	_, _, _, _ = j, k, r, by
	_ = sizes
	_ = Typed + MinI64
	_ = TypedF * 2
	_ = TypedU / 3
	_ = TypedC
	_ = Thursday.Weekend()
	_ = a + b + c + d
	_ = e + g + string(h)
	_ = FlagAll &^ FlagB
	_ = KB + MB + GB + TB
	_ = Big / Huge * 0
	_ = Exact + Neg + Mixed + Shifted + FloatInt + IntDiv + Mod + AndNot + Xor + Oct + Float
	_ = Imag + Built + CplxImag + CplxReal
	_ = UXor
	_ = "abc"[1] == 'b' && BoolC
	_ = Ratio + RuneDiff + StrLen
	_ = math(s)
	return i + x, f + float64(y), Str, CplxSq
}

func math(n uint) uint64 {
	const mask = 1<<32 - 1
	v := uint64(n) * mask
	v ^= v >> 33
	v *= 0xff51afd7ed558ccd
	v ^= v >> 33
	return v &^ (1 << 63)
}
