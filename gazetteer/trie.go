package gazetteer

import "strings"

// trie is the names' trie over folded tokens, in flat arrays without
// pointers: the default's is generated into the binary (default_table.go)
// and used where it lies, so that start-up builds nothing.
//
// Node 0 is the root. The child of a node for a token is found by hashing
// (parent, token) into slots, an open-addressing table of node ids with
// linear probing, at most half full (0 marks an empty slot).
type trie struct {
	nodes   []node
	slots   []int32 // a power of two long
	holders []int32 // the nodes' holders, each node's a window
	pool    string  // the nodes' tokens, each node's a window
	// first is a Bloom filter of the tokens under the root: most words of
	// a text are no name's first token, and the filter, small enough for
	// the cache, says so without a table lookup.
	first bloom
	// follow is a Bloom filter of the other edges: most words after a
	// name's first token do not continue a name.
	follow bloom
}

// node is a trie node: the token from its parent (pool[tokLo:tokHi]), the
// entries (indices) whose name ends here (holders[holdLo:holdHi]), and
// whether they are all places (so that matching does not read the entries
// to know).
type node struct {
	parent         int32
	tokLo, tokHi   int32
	holdLo, holdHi int32
	onlyPlaces     bool
}

// keyHash is where the edge (parent, tok) goes in the slots. Under the root
// it is the first filter's hash, under other nodes the follow filter's, so
// that a lookup hashes the token once for both.
func keyHash(parent int32, tok string) uint64 {
	if parent == 0 {
		return hash(tok)
	}
	return edgeHash(parent, tok)
}

// child returns the node under parent for tok, whose keyHash is h, or 0.
func (t *trie) child(parent int32, tok string, h uint64) int32 {
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		id := t.slots[i]
		if id == 0 {
			return 0
		}
		if n := &t.nodes[id]; n.parent == parent && t.pool[n.tokLo:n.tokHi] == tok {
			return id
		}
	}
}

// holdersOf returns the entries whose name ends at node id.
func (t *trie) holdersOf(id int32) []int32 {
	n := &t.nodes[id]
	return t.holders[n.holdLo:n.holdHi]
}

// held reports whether a name ends at node id.
func (t *trie) held(id int32) bool {
	n := &t.nodes[id]
	return n.holdHi > n.holdLo
}

// trieBuilder builds a trie by inserting token paths.
type trieBuilder struct {
	trie
	toks []string // each node's token until finish makes the pool
}

// newTrieBuilder makes a builder sized for about n nodes.
func newTrieBuilder(n int) *trieBuilder {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	b := &trieBuilder{}
	b.nodes = make([]node, 1, n+1)
	b.toks = make([]string, 1, n+1)
	b.slots = make([]int32, size)
	return b
}

// insert adds a token path and returns its last node.
func (b *trieBuilder) insert(toks []string) int32 {
	id := int32(0)
	for _, tok := range toks {
		id = b.edge(id, tok)
	}
	return id
}

// edge returns the node under parent for tok, made if new.
func (b *trieBuilder) edge(parent int32, tok string) int32 {
	mask := uint64(len(b.slots) - 1)
	for i := keyHash(parent, tok) & mask; ; i = (i + 1) & mask {
		id := b.slots[i]
		if id == 0 {
			id = int32(len(b.nodes))
			b.nodes = append(b.nodes, node{parent: parent})
			b.toks = append(b.toks, tok)
			b.slots[i] = id
			if 2*len(b.nodes) > len(b.slots) {
				b.rehash(2 * len(b.slots))
			}
			return id
		}
		if b.nodes[id].parent == parent && b.toks[id] == tok {
			return id
		}
	}
}

// rehash puts every node into a table of size slots.
func (b *trieBuilder) rehash(size int) {
	b.slots = make([]int32, size)
	mask := uint64(size - 1)
	for id := 1; id < len(b.nodes); id++ {
		i := keyHash(b.nodes[id].parent, b.toks[id]) & mask
		for b.slots[i] != 0 {
			i = (i + 1) & mask
		}
		b.slots[i] = int32(id)
	}
}

// finish gives the nodes their holders, from the node (at) and the entry
// (entries) of each key, in key order, without repeats; it makes the pool
// and the filters, and returns the trie.
func (b *trieBuilder) finish(at, entries []int32, isPlace func(e int32) bool) trie {
	t := b.trie
	// a counting sort by node: each node's holders in key order
	count := make([]int32, len(t.nodes)+1)
	for _, id := range at {
		count[id+1]++
	}
	for id := 1; id < len(count); id++ {
		count[id] += count[id-1]
	}
	t.holders = make([]int32, len(at))
	fill := append([]int32(nil), count[:len(t.nodes)]...) // next free slot per node
	for k, id := range at {
		e := entries[k]
		if fill[id] > count[id] && t.holders[fill[id]-1] == e {
			continue // the same entry again (a name listed twice)
		}
		t.holders[fill[id]] = e
		fill[id]++
	}
	var pool strings.Builder
	for _, tok := range b.toks {
		pool.WriteString(tok)
	}
	t.pool = pool.String()
	roots := 0
	for _, n := range t.nodes[1:] {
		if n.parent == 0 {
			roots++
		}
	}
	t.first = newBloom(roots)
	t.follow = newBloom(len(t.nodes) - 1 - roots)
	off := int32(0)
	for id := range t.nodes {
		n := &t.nodes[id]
		n.tokLo, n.tokHi = off, off+int32(len(b.toks[id]))
		off = n.tokHi
		n.holdLo, n.holdHi = count[id], fill[id]
		n.onlyPlaces = true
		for _, h := range t.holders[n.holdLo:n.holdHi] {
			if !isPlace(h) {
				n.onlyPlaces = false
				break
			}
		}
		switch {
		case id == 0:
		case n.parent == 0:
			t.first.addHash(hash(b.toks[id]))
		default:
			t.follow.addHash(edgeHash(n.parent, b.toks[id]))
		}
	}
	return t
}
