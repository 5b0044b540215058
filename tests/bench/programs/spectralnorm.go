// Floating point over slices with calls in the inner loop: the
// spectral norm of the Benchmarks Game's infinite matrix A for an N x N
// section (10 power-method iterations); prints the squared norm.
package main

const N = 2000

func evalA(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func mulAv(v, av []float64) {
	for i := 0; i < len(av); i++ {
		s := 0.0
		for j := 0; j < len(v); j++ {
			s += evalA(i, j) * v[j]
		}
		av[i] = s
	}
}

func mulAtv(v, atv []float64) {
	for i := 0; i < len(atv); i++ {
		s := 0.0
		for j := 0; j < len(v); j++ {
			s += evalA(j, i) * v[j]
		}
		atv[i] = s
	}
}

func mulAtAv(v, out, tmp []float64) {
	mulAv(v, tmp)
	mulAtv(tmp, out)
}

func main() {
	u := make([]float64, N)
	v := make([]float64, N)
	tmp := make([]float64, N)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		mulAtAv(u, v, tmp)
		mulAtAv(v, u, tmp)
	}
	vBv, vv := 0.0, 0.0
	for i := 0; i < N; i++ {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	println(vBv / vv)
}
