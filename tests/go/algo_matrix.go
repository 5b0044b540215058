// Matrix multiplication and transposition with fixed-size arrays and float64.
package main

type M [3][3]float64

func mul(a, b M) M {
	var c M
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func (m M) T() M {
	var t M
	for i := range m {
		for j := range m[i] {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func main() {
	a := M{{1, 2, 3}, {4, 5, 6}, {7, 8, 10}}
	id := M{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	println(mul(a, id) == a, mul(id, a) == a)
	p := mul(a, a.T())
	for _, row := range p {
		println(row[0], row[1], row[2])
	}
	q := a
	for i := 0; i < 5; i++ {
		q = mul(q, M{{0.5, 0, 0}, {0, 0.5, 0}, {0, 0, 0.5}})
	}
	println(q[2][2], q[0][1])
}
