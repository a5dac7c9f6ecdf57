// Package os: the parts of Go's os package that programs of this step use.
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

func runtime_args() []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string
