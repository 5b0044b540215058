// Arrays and slices of structs; modifying elements through index and pointer.
package main

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func total(items []Item) float64 {
	t := 0.0
	for _, it := range items {
		t += float64(it.Qty) * it.Price
	}
	return t
}

func main() {
	items := []Item{{"apple", 3, 0.5}, {"pear", 2, 0.75}, {Name: "fig"}}
	println(total(items))
	items[2].Qty = 10
	items[2].Price = 0.1
	println(total(items))
	for _, it := range items {
		it.Qty = 0 // a copy
	}
	println(items[0].Qty)
	for i := range items {
		items[i].Qty++
	}
	println(items[0].Qty, items[1].Qty, items[2].Qty)
	p := &items[1]
	p.Name = "PEAR"
	println(items[1].Name)
	var arr [3]Item
	arr[0] = items[0]
	arr[0].Name = "changed"
	println(items[0].Name, arr[0].Name, arr[2].Name == "")
}
