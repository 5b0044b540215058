package main

func main() {
	fmt.Println("no import")
}
