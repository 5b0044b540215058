// Elem types: structs updated by read-modify-write, arrays, pointers
// (updated through), strings, and large elems stored indirectly.
package main

type account struct {
	owner   string
	balance int
	history [4]int
}

type big struct {
	data [40]int
}

func main() {
	accts := map[string]account{}
	for i, name := range []string{"ann", "bob", "ann", "cy", "bob", "ann"} {
		a := accts[name]
		a.owner = name
		a.balance += (i + 1) * 10
		a.history[i%4]++
		accts[name] = a
	}
	println(len(accts), accts["ann"].balance, accts["bob"].balance, accts["cy"].balance)
	println(accts["ann"].history[0], accts["ann"].history[2], accts["ann"].owner)

	ptrs := map[int]*account{}
	for i := 0; i < 3; i++ {
		ptrs[i] = &account{owner: "p", balance: i}
	}
	ptrs[1].balance += 100
	println(ptrs[0].balance, ptrs[1].balance, ptrs[2].balance, ptrs[7] == nil)

	bigs := map[int]big{}
	for i := 0; i < 20; i++ {
		var b big
		for j := range b.data {
			b.data[j] = i * j
		}
		bigs[i] = b
	}
	total := 0
	for _, b := range bigs {
		total += b.data[39]
	}
	println(len(bigs), total, bigs[3].data[5], bigs[99].data[1])

	arrs := map[string][3]float64{"a": {1, 2, 3}}
	v := arrs["a"]
	v[1] = 20
	arrs["b"] = v
	println(arrs["a"][1] == 2, arrs["b"][1] == 20, len(arrs))
}
