package main

func main() {
	var v any = 1
	switch t := v.(type) {
	case int:
	case string:
	}
}
