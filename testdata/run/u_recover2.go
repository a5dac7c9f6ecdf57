package main

import (
	"fmt"
	"runtime"
)

type Job struct {
	Name string
	Run  func() int
}

type JobError struct {
	Job   string
	Cause interface{}
}

func (e *JobError) Error() string { return fmt.Sprintf("job %s: %v", e.Job, e.Cause) }

func runJob(j Job) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &JobError{j.Name, r}
			result = -1
		}
	}()
	return j.Run(), nil
}

func helperRecover() interface{} { return recover() }

func notDirect() (s string) {
	defer func() {
		s = fmt.Sprint("outer got: ", recover())
	}()
	defer func() {
		r := helperRecover()
		fmt.Println("helper recover returned", r)
	}()
	panic("direct")
}

func classify(r interface{}) string {
	switch e := r.(type) {
	case runtime.Error:
		return "runtime error: " + e.Error()
	case error:
		return "error: " + e.Error()
	case fmt.Stringer:
		return "stringer: " + e.String()
	default:
		return fmt.Sprintf("value %T: %v", e, e)
	}
}

type Temp int

func (t Temp) String() string { return fmt.Sprintf("%d degrees", int(t)) }

func catch(f func()) (desc string) {
	defer func() { desc = classify(recover()) }()
	f()
	return "no panic"
}

func main() {
	var nilMap map[string]int
	var arr []int
	jobs := []Job{
		{"ok", func() int { return 42 }},
		{"div", func() int { z := 0; return 10 / z }},
		{"index", func() int { return arr[5] }},
		{"nilmap", func() int { nilMap["a"] = 1; return 0 }},
		{"custom", func() int { panic(fmt.Sprintf("bad %d", 7)) }},
		{"assert", func() int { var x interface{} = "s"; return x.(int) }},
	}
	for _, j := range jobs {
		r, err := runJob(j)
		fmt.Printf("%-7s result=%3d err=%v\n", j.Name, r, err)
	}
	fmt.Println(notDirect())
	fmt.Println(catch(func() { var p *Job; _ = p.Name }))
	fmt.Println(catch(func() { panic(Temp(30)) }))
	fmt.Println(catch(func() { panic(&JobError{"x", "y"}) }))
	fmt.Println(catch(func() { panic(3.5) }))
	fmt.Println(catch(func() {}))
	fmt.Println(catch(func() {
		defer func() { panic("second") }()
		panic("first")
	}))
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		s := make([]int, 3)
		i := 5
		_ = s[1:i]
	}()
	fmt.Println("main continues")
}
