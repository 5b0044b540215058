// Full slice expressions limit capacity; append then reallocates.
package main

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5:7]
	println(len(s), cap(s), s[0])
	s = append(s, 50)
	s = append(s, 60)
	println(arr[5], arr[6], len(s), cap(s))
	s = append(s, 70)
	s[0] = -2
	println(arr[2], arr[7], len(s), cap(s))
	t := arr[:0:0]
	println(len(t), cap(t))
	u := arr[9:10:10]
	println(len(u), cap(u), u[0])
	sl := []string{"a", "b", "c", "d"}
	v := sl[1:2:3]
	println(v[0], len(v), cap(v))
	w := v[:cap(v)]
	println(w[1])
	p := &arr
	q := p[1:3:4]
	println(len(q), cap(q))
}
