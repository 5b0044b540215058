// select {} blocks forever ([select (no cases)]).
package main

func main() {
	go func() {
		println("goroutine ran")
	}()
	select {}
}
