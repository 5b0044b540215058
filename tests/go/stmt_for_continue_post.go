// continue in a three-clause loop still runs the post statement.
package main

func main() {
	n := 0
	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		n += i
	}
	println(n)
	i := 0
	for ; i < 5; i++ {
		if i == 2 {
			continue
		}
	}
	println(i)
	count := 0
	for j := 10; j > 0; j /= 2 {
		count++
		if j == 5 {
			continue
		}
		print(j, " ")
	}
	println(count)
}
