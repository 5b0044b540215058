package lits

const (
	d0 = 0
	d1 = 1234567890
	d2 = 1_000_000
	o1 = 0o755
	o2 = 0O17
	o3 = 0755
	o4 = 0_7
	h1 = 0xdeadBEEF
	h2 = 0X_ff_FF
	b1 = 0b1010
	b2 = 0B_1_0
	f1 = 1.5
	f2 = .25
	f3 = 1.
	f4 = 1e10
	f5 = 6.022E+23
	f6 = 1_5.0_1e-1_0
	f7 = 0x1p-2
	f8 = 0X1.8P+3
	f9 = 0x.8p0
	f10 = 0x_1p1_0
	i1 = 1i
	i2 = 0.5i
	i3 = 1e3i
	i4 = 0x10i
	i5 = 0b11i
	i6 = 0o7i
	i7 = 0123i
	r1 = 'a'
	r2 = '\n'
	r3 = '\''
	r4 = '\\'
	r5 = '\x41'
	r6 = '\101'
	r7 = '\u00e9'
	r8 = '\U0001F600'
	r9 = 'é'
	r10 = '世'
	r11 = '\a' + '\b' + '\f' + '\r' + '\t' + '\v'
	s1 = "hello, world\n"
	s2 = "quote \" and backslash \\"
	s3 = "\x00\xff\377\u65e5\U00010000"
	s4 = "日本語"
	s5 = ""
	s6 = `raw
string with "quotes" and \n not escaped`
	s7 = ``
	s8 = `carriage` + "\r"
	bt = true && !false
	nl = iota
)

var (
	a = []byte("abc")
	b = []rune(`xyz`)
	c = 'x' - '0'
	d = 1 << 62 >> 3
	e = ^0 &^ 0xf | 0x3 ^ 7 & 1
	f = -+-1
	g = 3.14 * 2 / 1.5
	h = 7 % 3
	i = "a" + "b" + `c`
)
