package main

import (
	"fmt"
	"math/bits"
	"math/rand"
	"strings"
)

func main() {
	fmt.Println(rand.Choice(3), bits.Popcount(7), strings.Reverse("ab"))
}
