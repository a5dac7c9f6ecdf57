package time

// Timers and tickers deliver on channels from runtime timers kept by govm's
// scheduler (no goroutine sleeps for them, and a pending timer keeps the
// deadlock detector quiet exactly as long as it can still fire). The natives
// identify a timer by its *Timer / *Ticker; when one fires, the runtime sends the
// current time on the channel without blocking (the channel has room for one
// value) or, for AfterFunc, starts f in its own goroutine. The runtime builds that
// Time value itself, so it relies on Time being exactly {wall, mono int64}.
//
// Stop and Reset follow Go 1.23: after they return, no value prepared before the
// call is received (a tick still buffered is dropped), and they report whether
// the timer was pending, i.e. armed or fired with the value not yet received.

// setTimer (re)arms the runtime timer of t to fire after d (at once when d <= 0):
// a send on c, or, when c is nil, a new goroutine running f; every period after
// that when period > 0. It drops a buffered value of c and reports whether the
// timer was pending.
func setTimer(t *Timer, c chan Time, f func(), d Duration, period Duration) bool

// stopTimer disarms the timer of t, drops a buffered value of c and reports
// whether the timer was pending.
func stopTimer(t *Timer, c chan Time) bool

// startTicker (re)arms the ticker t to send on c every d (> 0), dropping a
// buffered tick.
func startTicker(t *Ticker, c chan Time, d Duration)

// stopTicker disarms the ticker t and drops a buffered tick.
func stopTicker(t *Ticker, c chan Time)

// The Timer type represents a single event. When the Timer expires, the current
// time will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	c chan Time
	f func()
}

// NewTimer creates a new Timer that will send the current time on its channel
// after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	setTimer(t, c, nil, d, 0)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops the
// timer, false if the timer has already expired (and its value was received) or
// been stopped.
func (t *Timer) Stop() bool {
	if t.c == nil && t.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t, t.c)
}

// Reset changes the timer to expire after duration d. It returns true if the
// timer had been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.c == nil && t.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return setTimer(t, t.c, t.f, d, 0)
}

// After waits for the duration to elapse and then sends the current time on the
// returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using its
// Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	setTimer(t, nil, f, d, 0)
	return t
}

// A Ticker holds a channel that delivers ticks of a clock at intervals.
type Ticker struct {
	C <-chan Time
	c chan Time
}

// NewTicker returns a new Ticker sending the current time on its channel every
// d; a slow receiver misses ticks (they are dropped, not queued). d must be
// greater than zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c}
	startTicker(t, c, d)
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.c == nil {
		return
	}
	stopTicker(t, t.c)
}

// Reset stops a ticker and resets its period to the specified duration. The
// next tick will arrive after the new period elapses.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	startTicker(t, t.c, d)
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking
// channel only; it returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
