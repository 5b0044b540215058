// switch: tagged, tagless, init statement, fallthrough, multiple values, default placement.
package main

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 2, 3:
		return "small"
	default:
		return "other"
	case 10:
		return "ten"
	}
}

func fall(n int) {
	switch n {
	case 0:
		print("0 ")
		fallthrough
	case 1:
		print("1 ")
		fallthrough
	default:
		print("d ")
	case 2:
		print("2 ")
	}
	println()
}

func main() {
	for _, n := range []int{0, 2, 10, 99} {
		println(n, name(n))
	}
	fall(0)
	fall(1)
	fall(2)
	fall(5)
	switch x := 7; {
	case x > 5:
		println("big")
	case x > 2:
		println("medium")
	}
	switch s := "go"; s + "!" {
	case "go":
		println("no")
	case "go!":
		println("yes")
	}
	switch {
	}
	var f float64 = 2.5
	switch f {
	case 2.5:
		println("float case")
	}
	switch c := 'x'; c {
	case 'a', 'e', 'x':
		println("listed")
	}
}
