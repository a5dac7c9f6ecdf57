package main

import "fmt"

func findPair(target int) (int, int, bool) {
	nums := [...]int{3, 9, 14, 2, 7, 11, 5}
outer:
	for i := 0; i < len(nums); i++ {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] > 30 {
				continue outer
			}
			if nums[i]+nums[j] == target {
				return nums[i], nums[j], true
			}
		}
	}
	return 0, 0, false
}

func main() {
	for _, t := range [...]int{16, 12, 100, 7} {
		a, b, ok := findPair(t)
		fmt.Println(t, a, b, ok)
	}

	count := 0
grid:
	for y := 0; y < 5; y++ {
		for x := 0; x < 5; x++ {
			if x == y {
				continue grid
			}
			if x*y > 6 {
				break grid
			}
			count++
			fmt.Print("(", x, ",", y, ")")
		}
	}
	fmt.Println()
	fmt.Println("count:", count)

	n := 0
loop:
	for {
		switch {
		case n%7 == 6:
			break loop
		case n%2 == 0:
			n += 3
		default:
			n++
		}
	}
	fmt.Println("n =", n)

	// break inside switch only leaves the switch
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			fmt.Println("one, breaking switch")
			break
		default:
			fmt.Println("i is", i)
		}
	}
}
