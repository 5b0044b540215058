// Converting to []byte copies; strings are values.
package main

func modify(b []byte) { b[0] = 'X' }

func main() {
	s := "hello"
	b := []byte(s)
	modify(b)
	println(s, string(b))
	t := s
	s += "!"
	println(s, t)
	arr := [3]string{"a", "b", "c"}
	brr := arr
	brr[0] = "z"
	println(arr[0], brr[0])
	r := []rune(s)
	r[0] = 'J'
	println(s, string(r))
}
