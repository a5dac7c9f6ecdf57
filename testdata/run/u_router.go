package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Method string
	Path   string
	Params map[string]string
	Header map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler func(*Request) Response

type Middleware func(Handler) Handler

type route struct {
	method  string
	parts   []string
	handler Handler
}

type Router struct {
	routes     []route
	middleware []Middleware
	notFound   Handler
}

func (r *Router) Use(m Middleware) { r.middleware = append(r.middleware, m) }

func (r *Router) Handle(method, pattern string, h Handler) {
	r.routes = append(r.routes, route{method, strings.Split(strings.Trim(pattern, "/"), "/"), h})
}

func match(rt route, method, path string) (map[string]string, bool) {
	if rt.method != method {
		return nil, false
	}
	parts := strings.Split(strings.Trim(path, "/"), "/")
	if len(parts) != len(rt.parts) {
		return nil, false
	}
	params := map[string]string{}
	for i, p := range rt.parts {
		if strings.HasPrefix(p, ":") {
			params[p[1:]] = parts[i]
		} else if p != parts[i] {
			return nil, false
		}
	}
	return params, true
}

func (r *Router) Serve(req *Request) Response {
	h := r.notFound
	for _, rt := range r.routes {
		if params, ok := match(rt, req.Method, req.Path); ok {
			req.Params = params
			h = rt.handler
			break
		}
	}
	for i := len(r.middleware) - 1; i >= 0; i-- {
		h = r.middleware[i](h)
	}
	return h(req)
}

func logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(req *Request) Response {
			resp := next(req)
			*log = append(*log, fmt.Sprintf("%s %s -> %d", req.Method, req.Path, resp.Status))
			return resp
		}
	}
}

func auth(token string) Middleware {
	return func(next Handler) Handler {
		return func(req *Request) Response {
			if strings.HasPrefix(req.Path, "/admin") && req.Header["Authorization"] != token {
				return Response{401, "unauthorized"}
			}
			return next(req)
		}
	}
}

func main() {
	users := map[string]string{"1": "ann", "2": "bob"}
	var log []string
	r := &Router{notFound: func(*Request) Response { return Response{404, "not found"} }}
	r.Use(logging(&log))
	r.Use(auth("secret"))
	r.Handle("GET", "/users/:id", func(req *Request) Response {
		if name, ok := users[req.Params["id"]]; ok {
			return Response{200, "user " + name}
		}
		return Response{404, "no user " + req.Params["id"]}
	})
	r.Handle("POST", "/users/:id/name/:name", func(req *Request) Response {
		users[req.Params["id"]] = req.Params["name"]
		return Response{201, "created"}
	})
	r.Handle("GET", "/admin/stats", func(req *Request) Response {
		return Response{200, fmt.Sprintf("%d users", len(users))}
	})
	reqs := []*Request{
		{Method: "GET", Path: "/users/1"},
		{Method: "GET", Path: "/users/3"},
		{Method: "POST", Path: "/users/3/name/cid"},
		{Method: "GET", Path: "/users/3/"},
		{Method: "GET", Path: "/admin/stats"},
		{Method: "GET", Path: "/admin/stats", Header: map[string]string{"Authorization": "secret"}},
		{Method: "DELETE", Path: "/users/1"},
	}
	for _, req := range reqs {
		resp := r.Serve(req)
		fmt.Printf("%-6s %-20s %d %s\n", req.Method, req.Path, resp.Status, resp.Body)
	}
	fmt.Println(strings.Join(log, "\n"))
}
