package main

var f func[T any](T)

func main() {}
