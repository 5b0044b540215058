// Package-level arrays, structs and slices mutated from several functions.
package main

type Config struct {
	Name  string
	Level int
	Tags  [3]string
}

var cfg = Config{Name: "default", Level: 1}
var hist []int
var grid [3][3]byte
var counter int

func record(v int) {
	hist = append(hist, v)
	counter++
}

func mark(r, c int) { grid[r][c] = 'X' }

func main() {
	cfg.Level++
	cfg.Tags[1] = "t1"
	for i := 0; i < 5; i++ {
		record(i * i)
	}
	mark(0, 0)
	mark(1, 1)
	mark(2, 2)
	println(cfg.Name, cfg.Level, cfg.Tags[1], counter, len(hist), hist[4])
	for _, row := range grid {
		s := ""
		for _, b := range row {
			if b == 0 {
				s += "."
			} else {
				s += string(rune(b))
			}
		}
		println(s)
	}
	p := &cfg
	p.Name = "changed"
	println(cfg.Name)
}
