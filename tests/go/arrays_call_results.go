// Indexing and selecting from array and struct values that are not
// variables: call results, conversions and composite literals.
package main

type Pair struct {
	A [2]int
	B string
}

//go:noinline
func arr() [4]int { return [4]int{1, 2, 3, 4} }

//go:noinline
func pair() Pair { return Pair{[2]int{5, 6}, "b"} }

//go:noinline
func grid() [2][3]string { return [2][3]string{{"a", "b", "c"}, {"d", "e", "f"}} }

func main() {
	i := 2
	println(arr()[i], arr()[0])
	println(pair().A[1], pair().B, pair().A[i-1])
	println(grid()[1][i], grid()[0][0])
	println([3]int{7, 8, 9}[i], [2]string{"x", "y"}[i-1])
	for j := range 3 {
		print(arr()[j+1], " ")
	}
	println()
}
