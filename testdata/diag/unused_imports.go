package main

import (
	"fmt"
	"os"
	"strings"
	str "strings"
	_ "time"
)

func main() {
	fmt.Println("hi")
}
