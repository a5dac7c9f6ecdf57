// Non-blocking channel operations: select with default for sends, receives and
// multi-way checks; nil channels are never ready.
package main

import "fmt"

func main() {
	messages := make(chan string)
	signals := make(chan bool)
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}
	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}
	buf := make(chan int, 2)
	for i := 0; i < 3; i++ {
		select {
		case buf <- i:
			fmt.Println("queued", i)
		default:
			fmt.Println("full at", i)
		}
	}
	var nilch chan int
	for i := 0; i < 3; i++ {
		select {
		case v := <-buf:
			fmt.Println("got", v)
		case v := <-nilch:
			fmt.Println("nil channel gave", v)
		case nilch <- 1:
			fmt.Println("nil channel took a value")
		default:
			fmt.Println("empty")
		}
	}
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed:", v, ok)
	default:
		fmt.Println("closed channels are always ready")
	}
}
