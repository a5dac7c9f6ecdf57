package main

import (
	"fmt"
	"sort"
)

type Graph struct {
	adj map[string][]string
}

func (g *Graph) AddEdge(a, b string) {
	if g.adj == nil {
		g.adj = map[string][]string{}
	}
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph) BFS(start string) map[string]int {
	dist := map[string]int{start: 0}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, n := range g.adj[cur] {
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				queue = append(queue, n)
			}
		}
	}
	return dist
}

func (g *Graph) Components() [][]string {
	seen := map[string]bool{}
	var comps [][]string
	var nodes []string
	for n := range g.adj {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		if seen[n] {
			continue
		}
		var comp []string
		var dfs func(string)
		dfs = func(x string) {
			if seen[x] {
				return
			}
			seen[x] = true
			comp = append(comp, x)
			for _, y := range g.adj[x] {
				dfs(y)
			}
		}
		dfs(n)
		sort.Strings(comp)
		comps = append(comps, comp)
	}
	return comps
}

func main() {
	var g Graph
	edges := [][2]string{{"a", "b"}, {"b", "c"}, {"c", "d"}, {"a", "e"}, {"x", "y"}, {"y", "z"}, {"q", "q"}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	d := g.BFS("a")
	fmt.Println(d)
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if d[keys[i]] != d[keys[j]] {
			return d[keys[i]] < d[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println(keys)
	fmt.Println(g.Components())
	fmt.Println(len(g.adj["q"]), g.adj["nothing"] == nil)
}
