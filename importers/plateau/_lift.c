/* importers.plateau._lift: building geometry lifted out of a chunk's bytes before lxml builds its tree.
 *
 * Most of a PLATEAU building's bytes and elements are its geometry (gml:Polygon, LinearRing, posList …), which the
 * readers only hand to common.collect_polygons and common.xlink_refs. lift() reads each geometry property of a
 * chunk (bldg:lod0FootPrint, lod0RoofEdge, lodN{Solid,MultiSurface,Geometry}, where buildings.py reads it: a child
 * of a bldg:Building (directly in a member) or of a bldg:BuildingPart, a lodNMultiSurface of a boundary surface, an
 * outer installation's lodN property, N >= 1) straight from the bytes, and gives back the chunk with that
 * property's content replaced by as many newlines as it held (so every line lxml reports is unchanged) and the
 * start tag marked with the attribute ``attr``="k", plus, for the k-th property, what those two functions read
 * from the tree (see tree_access.rings and hrefs):
 *
 *     (texts, nrings, ids, hrefs): the text of every gml:posList, rings per polygon (an exterior posList starts a
 *     polygon, one after a gml:interior adds to it), the gml:id of every gml:Polygon (none when there is no ring;
 *     a property where only some polygons have one is not lifted) and the xlink:href of every gml:surfaceMember,
 *     in document order.
 *
 * The gen:* attributes of a building or part (its direct children: i-UR 1.4 building ids, flood sets and the like,
 * read by buildings.py's _generic) are lifted the same way, their start tag kept with its attributes and marked; the
 * k-th item is then what tree_access.gen_items gives for it, with a set's items in place of the index:
 *
 *     (kind, name, text, 0) for an attribute, text that of its gen:value child (None without one, or empty);
 *     (kind, name, None, [items]) for a set, its items alike, in document order.
 *
 * Such an attribute is lifted only when it has content (not <gen:…/>) and that is plain too: white space, gen:…
 * elements that gen_items reads (one gen:value in an attribute; attributes and sets in a set, at most 16 sets around
 * an attribute), at most 8 unprefixed attributes per tag, each given once, with a quoted value of printable ASCII
 * ("name": UTF-8 without '&', '<', '>', control characters, U+FFFE or U+FFFF), values of UTF-8 text without '&', '<',
 * '>', CR, control characters but tab and line feed, U+FFFE or U+FFFF, and not white space alone. Repeated names and
 * values are decoded once (a small cache keyed by their bytes; it and the kind names are process-wide, used under
 * the GIL).
 *
 * A property is lifted only when its content is plain: elements named gml:… (``gml`` the prefix the file binds to
 * the GML namespace; prefix and local part start as XML names do), attributes unprefixed, gml:… or xlink:… with a
 * quoted value of printable ASCII without '&' or '<' (which lxml keeps as it is), white space between elements,
 * posList texts of printable ASCII, tabs and line feeds without '&' or '>' and not blank, every LinearRing with a
 * posList text, no interior before the first ring, tags that match, nothing else (no comment, CDATA, processing
 * instruction, entity, non-ASCII name). A chunk that declares a namespace anywhere is not lifted at all (a prefix could mean
 * something else in it), nor is anything after a tag this does not read, deeper than 256 elements, or from line
 * 65,000 of the chunk on (see LINE_LIMIT). Anything else is left in place for lxml and the Python readers, so
 * a lifted property gives what the tree would have given, and a broken one the same error. Comments, CDATA sections
 * and processing instructions outside properties are skipped whole. Returns None when nothing was lifted.
 *
 * Called by reader._parse through lifting.py (which checks the file's namespaces and encoding first); without this
 * module, the tree is built whole and read as before (identical tables: tests/importers/test_plateau_lifting.py).
 */
#define PY_SSIZE_T_CLEAN
#define _GNU_SOURCE   /* memmem */
#include <Python.h>
#include <string.h>

#define MAX_DEPTH 64

typedef struct {
    const char *p;
    Py_ssize_t n;
    int kind;   /* (open elements: see kind_of) */
} Span;

typedef struct {
    char *buf;
    Py_ssize_t len, cap;
} Out;

static int out_put(Out *o, const char *p, Py_ssize_t n) {
    if (o->len + n > o->cap) {
        Py_ssize_t cap = o->cap * 2 > o->len + n ? o->cap * 2 : o->len + n + 4096;
        char *b = PyMem_Realloc(o->buf, (size_t)cap);
        if (b == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        o->buf = b;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, p, (size_t)n);
    o->len += n;
    return 0;
}

static int out_newlines(Out *o, Py_ssize_t n) {
    while (n > 0) {
        static const char lf[] = "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
                                   "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n";
        Py_ssize_t k = n < 64 ? n : 64;
        if (out_put(o, lf, k) < 0)
            return -1;
        n -= k;
    }
    return 0;
}

/* character classes (cls[], filled at import) */
enum { C_NUM = 1, C_SPACE = 2, C_LF = 4, C_CR = 8, C_NAME = 16, C_PLAIN = 32 };
static unsigned char cls[256];

static void fill_classes(void) {
    for (int c = 0; c < 256; c++) {
        unsigned char k = 0;
        if ((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')
            k |= C_NUM;
        if (c == ' ' || c == '\t')
            k |= C_SPACE;
        if (c == '\n')
            k |= C_LF;
        if (c == '\r')
            k |= C_CR;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
            c == '.')
            k |= C_NAME;
        if (c >= 0x20 && c < 0x80 && c != '&' && c != '<')   /* an attribute value's byte as lxml keeps it */
            k |= C_PLAIN;
        cls[c] = k;
    }
}

#define CLS(c) cls[(unsigned char)(c)]

/* white space from p to lt (LF, or CR LF, as line breaks), its line breaks added to *lines; 0 if anything else */
static int white(const char *p, const char *lt, Py_ssize_t *lines) {
    Py_ssize_t n = 0;
    const char *q = p;
    while (q < lt && *q == '\n') {   /* the usual line feed and indent: eight tabs or spaces at a time */
        n++;
        q++;
        while (q + 8 <= lt && (memcmp(q, "\t\t\t\t\t\t\t\t", 8) == 0 || memcmp(q, "        ", 8) == 0))
            q += 8;
    }
    for (; q < lt; q++) {
        unsigned char k = CLS(*q);
        if (k & C_LF)
            n++;
        else if (!(k & C_SPACE) && !((k & C_CR) && q + 1 < lt && q[1] == '\n'))
            return 0;
    }
    *lines += n;
    return 1;
}

/* a name at p (prefix:local or local, ASCII name characters); its length, 0 when there is none */
static Py_ssize_t name_at(const char *p, const char *end, Py_ssize_t *colon) {
    const char *q = p;
    *colon = -1;
    while (q < end) {
        if (!(CLS(*q) & C_NAME)) {
            if (*q != ':' || *colon >= 0)
                break;
            *colon = q - p;
        }
        q++;
    }
    if (q == p || *colon == 0 || *colon == q - p - 1)
        return 0;
    const char *local = *colon >= 0 ? p + *colon + 1 : p;   /* prefix and local part start as XML names do */
    for (const char *c = p; c != NULL; c = c == local ? NULL : local)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || *c == '_'))
            return 0;
    return q - p;
}

static int span_is(Span s, const char *p, Py_ssize_t n) { return s.n == n && memcmp(s.p, p, (size_t)n) == 0; }

/* an end tag </qname> (white space allowed before '>') at lt: the position of its '>', or NULL */
static const char *end_tag(const char *lt, const char *end, Span qname) {
    const char *q = lt + 2 + qname.n;
    if (q >= end || lt[1] != '/' || memcmp(lt + 2, qname.p, (size_t)qname.n) != 0)
        return NULL;
    while (q < end && (CLS(*q) & C_SPACE))
        q++;
    return q < end && *q == '>' ? q : NULL;
}

enum { K_OTHER = 0, K_POSLIST, K_RING, K_INTERIOR, K_POLYGON, K_MEMBER };

/* what tree_access.rings and hrefs make of a GML element, from its local name */
static int kind_of(const char *local, Py_ssize_t n) {
#define IS(s) (n == (Py_ssize_t)sizeof(s) - 1 && memcmp(local, s, sizeof(s) - 1) == 0)
    if (IS("posList"))
        return K_POSLIST;
    if (IS("LinearRing"))
        return K_RING;
    if (IS("interior"))
        return K_INTERIOR;
    if (IS("Polygon"))
        return K_POLYGON;
    if (IS("surfaceMember"))
        return K_MEMBER;
    return K_OTHER;
#undef IS
}

static int append_str(PyObject *list, const char *p, Py_ssize_t n) {
    PyObject *s = PyUnicode_DecodeUTF8(p, n, NULL);
    if (s == NULL)
        return -1;
    int rc = PyList_Append(list, s);
    Py_DECREF(s);
    return rc;
}

static int append_int(PyObject *list, long v) {
    PyObject *o = PyLong_FromLong(v);
    if (o == NULL)
        return -1;
    int rc = PyList_Append(list, o);
    Py_DECREF(o);
    return rc;
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
#define HAS_ZERO(w) (((w) - ONES) & ~(w) & HIGHS)

/* A posList text from p to lt: its line breaks, or -1 unless it holds only number characters, spaces, tabs and line
 * feeds (no CR: lxml's text would hold LF alone), not white space alone (which lxml may keep or not). Eight bytes at
 * a time: a word without a control character, '&', '>' or a non-ASCII byte needs no closer look. */
static Py_ssize_t number_text(const char *p, const char *lt) {
    const char *q = p;
    while (q < lt && CLS(*q) & (C_SPACE | C_LF))
        q++;
    if (q == lt || !(CLS(*q) & C_NUM))
        return -1;
    Py_ssize_t nl = 0;
    for (const char *c = p; c < q; c++)   /* (the leading white space's line feeds) */
        nl += *c == '\n';
    while (q + 8 <= lt) {
        unsigned long long w;
        memcpy(&w, q, 8);
        unsigned long long low = (w - 0x2020202020202020ULL) & ~w & HIGHS;   /* a byte below 0x20 */
        if (!(low | (w & HIGHS) | HAS_ZERO(w ^ 0x2626262626262626ULL) | HAS_ZERO(w ^ 0x3e3e3e3e3e3e3e3eULL))) {
            q += 8;
            continue;
        }
        for (int i = 0; i < 8; i++, q++) {
            unsigned char k = CLS(*q);
            if (k & C_LF)
                nl++;
            else if (!(k & (C_NUM | C_SPACE)) && (*q < 0x20 || *q == '&' || *q == '>' || (unsigned char)*q >= 0x80))
                return -1;
        }
    }
    for (; q < lt; q++) {
        unsigned char k = CLS(*q);
        if (k & C_LF)
            nl++;
        else if (!(k & (C_NUM | C_SPACE)) && (*q < 0x20 || *q == '&' || *q == '>' || (unsigned char)*q >= 0x80))
            return -1;
    }
    return nl;
}

enum { LIFTED = 0, LEAVE = 1, FAIL = -1 };

/* Read a property's content from p (just past its start tag) up to its end tag </name>. LIFTED: *item holds
 * (texts, nrings, ids, hrefs), *stop is the end tag's '<', *newlines the line breaks in between; LEAVE: not plain;
 * FAIL: a Python error is set. */
static int read_property(const char *p, const char *end, Span name, Span gml, Span xlink, PyObject **item,
                         const char **stop, Py_ssize_t *newlines) {
    Span stack[MAX_DEPTH];
    int depth = 0, interior = 0, in_ring = 0, ring_has_text = 0;
    Py_ssize_t lines = 0;
    PyObject *texts = PyList_New(0), *nrings = PyList_New(0), *ids = PyList_New(0), *hrefs = PyList_New(0);
    int rc = FAIL;
    if (texts == NULL || nrings == NULL || ids == NULL || hrefs == NULL)
        goto done;
    rc = LEAVE;
    for (;;) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (lt == NULL)
            goto done;
        int in_poslist = depth > 0 && stack[depth - 1].kind == K_POSLIST;
        if (in_poslist && lt > p) {   /* a posList text: a ring */
            Py_ssize_t nl = number_text(p, lt);
            if (nl < 0)
                goto done;
            lines += nl;
            if (interior) {
                Py_ssize_t last = PyList_GET_SIZE(nrings) - 1;
                long k = PyLong_AsLong(PyList_GET_ITEM(nrings, last));
                PyObject *v = PyLong_FromLong(k + 1);
                if (v == NULL) {
                    rc = FAIL;
                    goto done;
                }
                PyList_SetItem(nrings, last, v);   /* steals v */
                interior = 0;
            } else if (append_int(nrings, 1) < 0) {
                rc = FAIL;
                goto done;
            }
            if (append_str(texts, p, lt - p) < 0) {
                rc = FAIL;
                goto done;
            }
            if (in_ring && depth >= 2 && stack[depth - 2].kind == K_RING)
                ring_has_text = 1;
        } else if (!white(p, lt, &lines)) {
            goto done;
        }
        p = lt + 1;
        if (p >= end)
            goto done;
        if (*p == '/') {   /* an end tag: the open element's name (or the property's), then '>' */
            const char *q = end_tag(lt, end, depth == 0 ? name : stack[depth - 1]);
            if (q == NULL)
                goto done;
            if (depth == 0) {
                *stop = lt;
                break;
            }
            if (stack[depth - 1].kind == K_RING) {
                if (!ring_has_text)
                    goto done;   /* a ring without posList text: read the slow way, from the tree */
                in_ring = 0;
            }
            depth--;
            p = q + 1;
            continue;
        }
        /* a start tag: gml:name, then attributes */
        Py_ssize_t colon, n = name_at(p, end, &colon);
        if (n == 0 || colon != gml.n || memcmp(p, gml.p, (size_t)gml.n) != 0)
            goto done;
        const char *tag = p;
        const char *q = p + n;
        const char *id = NULL, *href = NULL;
        Py_ssize_t id_n = 0, href_n = 0;
        Span seen[8];
        int nseen = 0;
        for (;;) {
            const char *ws = q;
            while (q < end && (CLS(*q) & (C_SPACE | C_LF | C_CR)))
                q++;
            if (q > ws && !white(ws, q, &lines))
                goto done;
            if (q >= end)
                goto done;
            if (*q == '>' || *q == '/')
                break;
            if (q == ws)
                goto done;   /* attributes are separated by white space */
            Py_ssize_t acolon, an = name_at(q, end, &acolon);
            if (an == 0)
                goto done;
            int is_id = 0, is_href = 0;
            if (acolon >= 0) {
                if (acolon == gml.n && memcmp(q, gml.p, (size_t)gml.n) == 0)
                    is_id = an == gml.n + 3 && memcmp(q + gml.n, ":id", 3) == 0;
                else if (acolon == xlink.n && memcmp(q, xlink.p, (size_t)xlink.n) == 0)
                    is_href = an == xlink.n + 5 && memcmp(q + xlink.n, ":href", 5) == 0;
                else
                    goto done;   /* another prefix, or a namespace declaration */
            } else if (an >= 5 && memcmp(q, "xmlns", 5) == 0) {
                goto done;
            }
            for (int i = 0; i < nseen; i++)
                if (span_is(seen[i], q, an))
                    goto done;   /* a repeated attribute: lxml refuses it */
            if (nseen == 8)
                goto done;
            seen[nseen].p = q;
            seen[nseen++].n = an;
            q += an;
            if (q >= end || *q != '=')
                goto done;   /* (white space around '=' is legal but never written: left to lxml) */
            q++;
            if (q >= end || (*q != '"' && *q != '\''))
                goto done;
            char quote = *q++;
            const char *v = q;
            q = memchr(q, quote, (size_t)(end - q));
            if (q == NULL)
                goto done;
            for (const char *c = v; c < q; c++)
                if (!(CLS(*c) & C_PLAIN))
                    goto done;   /* (entities, line breaks and tabs, which lxml would rewrite; non-ASCII: not checked
                                    here as lxml would) */
            if (is_id) {
                id = v;
                id_n = q - v;
            } else if (is_href) {
                href = v;
                href_n = q - v;
            }
            q++;
        }
        int empty = *q == '/';
        if (empty && (q + 1 >= end || q[1] != '>'))
            goto done;
        p = q + (empty ? 2 : 1);
        /* what tree_access.rings and hrefs read at this element */
        int kind = kind_of(tag + gml.n + 1, n - gml.n - 1);
        if (kind == K_INTERIOR) {
            if (PyList_GET_SIZE(nrings) == 0)
                goto done;   /* an interior ring first: the slow way */
            interior = 1;
        } else if (kind == K_RING) {
            if (empty || in_ring)
                goto done;
            in_ring = 1;
            ring_has_text = 0;
        } else if (kind == K_POLYGON) {
            if (id != NULL && append_str(ids, id, id_n) < 0) {
                rc = FAIL;
                goto done;
            }
        } else if (kind == K_MEMBER) {
            if (href != NULL && append_str(hrefs, href, href_n) < 0) {
                rc = FAIL;
                goto done;
            }
        }
        if (!empty) {
            if (depth == MAX_DEPTH)
                goto done;
            stack[depth].p = tag;
            stack[depth].n = n;
            stack[depth++].kind = kind;
        }
    }
    if (PyList_GET_SIZE(nrings) == 0 && PyList_GET_SIZE(ids) > 0 && PyList_SetSlice(ids, 0, PyList_GET_SIZE(ids), NULL) < 0) {
        rc = FAIL;   /* no rings: no ids (as tree_access.rings) */
        goto done;
    }
    if (PyList_GET_SIZE(ids) > 0 && PyList_GET_SIZE(ids) != PyList_GET_SIZE(nrings))
        goto done;   /* some polygons without an id: common.collect_polygons reads them one by one, from the tree */
    *item = PyTuple_Pack(4, texts, nrings, ids, hrefs);
    rc = *item == NULL ? FAIL : LIFTED;
    *newlines = lines;
done:
    if (rc == FAIL && !PyErr_Occurred())
        PyErr_SetString(PyExc_RuntimeError, "_lift: internal error");
    if (rc == LEAVE && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_UnicodeDecodeError))
            rc = FAIL;
        else
            PyErr_Clear();   /* not UTF-8: left to lxml, which says so */
    }
    Py_XDECREF(texts);
    Py_XDECREF(nrings);
    Py_XDECREF(ids);
    Py_XDECREF(hrefs);
    return rc;
}

/* gen:* attributes (i-UR 1.4 building ids and flood sets), as tree_access.gen_items reads them */
static const char *const GEN_KINDS[] = {"stringAttribute", "intAttribute", "doubleAttribute", "measureAttribute",
                                        "dateAttribute", "uriAttribute", "genericAttributeSet"};
#define N_GEN_KINDS 7
#define GEN_SET (N_GEN_KINDS - 1)
#define GEN_DEPTH 16
static PyObject *gen_kind_names[N_GEN_KINDS], *zero;

static int gen_kind(const char *local, Py_ssize_t n) {
    for (int k = 0; k < N_GEN_KINDS; k++)
        if ((size_t)n == strlen(GEN_KINDS[k]) && memcmp(local, GEN_KINDS[k], (size_t)n) == 0)
            return k;
    return -1;
}

/* text from p to q as lxml gives it, as a str: a gen:value's text, or (attr) a name attribute's value. Plain: UTF-8
 * without '&', '<', '>', CR, control characters but tab and line feed (none at all in an attribute value, where lxml
 * turns them into spaces), U+FFFE or U+FFFF. NULL without an error set when not plain, with one on failure. A text's
 * line feeds are added to *lines. */
/* the strings plain_text made lately (names and values repeat: a flood set's member names, ranks, scales), by a hash
 * of their bytes; used under the GIL only */
#define CACHE_SIZE 1024
#define CACHE_BYTES 48
typedef struct {
    PyObject *s;
    Py_ssize_t n, nl;
    int attr;
    char b[CACHE_BYTES];
} Cached;
static Cached cache[CACHE_SIZE];

static PyObject *plain_text(const char *p, const char *q, int attr, Py_ssize_t *lines) {
    Cached *e = NULL;
    if (q - p <= CACHE_BYTES) {
        unsigned int h = 2166136261u ^ (unsigned int)attr;
        for (const char *c = p; c < q; c++)
            h = (h ^ (unsigned char)*c) * 16777619u;
        e = &cache[(h ^ (h >> 15)) & (CACHE_SIZE - 1)];
        if (e->s != NULL && e->n == q - p && e->attr == attr && memcmp(e->b, p, (size_t)(q - p)) == 0) {
            *lines += e->nl;
            return Py_NewRef(e->s);
        }
    }
    Py_ssize_t nl = 0;
    for (const char *c = p; c < q; c++) {
        unsigned char b = (unsigned char)*c;
        if (b < 0x20) {
            if (attr || (b != '\t' && b != '\n'))
                return NULL;
            nl += b == '\n';
        } else if (b == '&' || b == '<' || b == '>') {
            return NULL;
        } else if (b == 0xEF && q - c >= 3 && (unsigned char)c[1] == 0xBF && ((unsigned char)c[2] & 0xFE) == 0xBE) {
            return NULL;
        }
    }
    PyObject *s = PyUnicode_DecodeUTF8(p, q - p, NULL);
    if (s == NULL) {
        if (PyErr_ExceptionMatches(PyExc_UnicodeDecodeError))
            PyErr_Clear();   /* not UTF-8: left to lxml, which says so */
        return NULL;
    }
    *lines += nl;
    if (e != NULL) {
        Py_XSETREF(e->s, Py_NewRef(s));
        e->n = q - p;
        e->nl = nl;
        e->attr = attr;
        memcpy(e->b, p, (size_t)(q - p));
    }
    return s;
}

/* The attributes of a gen start tag from q (just past its name): unprefixed, each once, not xmlns, quoted values that
 * are plain (plain_text; printable ASCII but for "name"), separated by white space (its line feeds added to *lines).
 * *name gets the value of "name" (a new str; None without one) when name is not NULL. Returns the '>' or '/' ending
 * the tag; NULL when not plain (no error set) or on failure (an error set; *name is then NULL). */
static const char *gen_attrs(const char *q, const char *end, Py_ssize_t *lines, PyObject **name) {
    Span seen[8];
    int nseen = 0;
    PyObject *value = NULL;
    for (;;) {
        const char *ws = q;
        while (q < end && (CLS(*q) & (C_SPACE | C_LF | C_CR)))
            q++;
        if (q >= end || (q > ws && !white(ws, q, lines)))
            goto leave;
        if (*q == '>' || *q == '/')
            break;
        if (q == ws)
            goto leave;
        Py_ssize_t acolon, an = name_at(q, end, &acolon);
        if (an == 0 || acolon >= 0 || (an >= 5 && memcmp(q, "xmlns", 5) == 0) || nseen == 8)
            goto leave;
        for (int i = 0; i < nseen; i++)
            if (span_is(seen[i], q, an))
                goto leave;
        seen[nseen].p = q;
        seen[nseen++].n = an;
        int is_name = an == 4 && memcmp(q, "name", 4) == 0;
        q += an;
        if (q + 1 >= end || *q != '=' || (q[1] != '"' && q[1] != '\''))
            goto leave;
        char quote = q[1];
        const char *v = q + 2;
        q = memchr(v, quote, (size_t)(end - v));
        if (q == NULL)
            goto leave;
        if (is_name && name != NULL) {
            Py_ssize_t none = 0;
            value = plain_text(v, q, 1, &none);
            if (value == NULL)
                goto leave;
        } else {
            for (const char *c = v; c < q; c++)
                if (!(CLS(*c) & C_PLAIN))
                    goto leave;
        }
        q++;
    }
    if (name != NULL)
        *name = value != NULL ? value : Py_NewRef(Py_None);
    return q;
leave:
    Py_XDECREF(value);
    return NULL;
}

/* Read a gen:* attribute's content from p (just past its start tag) up to its end tag </qname>, as gen_items reads
 * it: LIFTED with *item = (kind, name, text, 0) for an attribute (text: of its gen:value child, None without one or
 * when empty) or (kind, name, None, [items]) for a set, *stop at the end tag's '<'; LEAVE when not plain (anything
 * but white space, one gen:value child with text or an attribute's or set's gen:* attributes); FAIL with an error. */
static int read_generic(const char *p, const char *end, Span qname, Span gen, int kind, PyObject *name, int level,
                        PyObject **item, const char **stop, Py_ssize_t *lines) {
    PyObject *text = NULL, *subs = NULL;
    int rc = FAIL, seen_value = 0;
    if (kind == GEN_SET && (subs = PyList_New(0)) == NULL)
        return FAIL;
    rc = LEAVE;
    for (;;) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (lt == NULL || lt + 1 >= end || !white(p, lt, lines))
            goto done;
        if (lt[1] == '/') {
            if (end_tag(lt, end, qname) == NULL)
                goto done;
            *stop = lt;
            break;
        }
        Py_ssize_t colon, n = name_at(lt + 1, end, &colon);
        if (n == 0 || colon != gen.n || memcmp(lt + 1, gen.p, (size_t)gen.n) != 0)
            goto done;
        Span child = {lt + 1, n, 0};
        const char *local = lt + 1 + gen.n + 1;
        Py_ssize_t ln = n - gen.n - 1;
        if (kind == GEN_SET) {
            int k = gen_kind(local, ln);
            if (k < 0 || level >= GEN_DEPTH)
                goto done;
            PyObject *cname = NULL, *sub = NULL;
            const char *q = gen_attrs(lt + 1 + n, end, lines, &cname);
            if (q == NULL) {
                if (PyErr_Occurred())
                    rc = FAIL;
                goto done;
            }
            if (*q == '/') {   /* an empty attribute or set */
                if (q + 1 >= end || q[1] != '>') {
                    Py_DECREF(cname);
                    goto done;
                }
                sub = k == GEN_SET ? Py_BuildValue("(OOO[])", gen_kind_names[k], cname, Py_None)
                                   : PyTuple_Pack(4, gen_kind_names[k], cname, Py_None, zero);
                p = q + 2;
            } else {
                const char *cstop = NULL;
                int r = read_generic(q + 1, end, child, gen, k, cname, level + 1, &sub, &cstop, lines);
                if (r != LIFTED) {
                    Py_DECREF(cname);
                    rc = r;
                    goto done;
                }
                p = end_tag(cstop, end, child) + 1;
            }
            Py_DECREF(cname);
            if (sub == NULL || PyList_Append(subs, sub) < 0) {
                Py_XDECREF(sub);
                rc = FAIL;
                goto done;
            }
            Py_DECREF(sub);
            continue;
        }
        if (seen_value || ln != 5 || memcmp(local, "value", 5) != 0)
            goto done;   /* (a second gen:value, or another child) */
        seen_value = 1;
        const char *q = gen_attrs(lt + 1 + n, end, lines, NULL);
        if (q == NULL)
            goto done;
        if (*q == '/') {   /* <gen:value/>: no text */
            if (q + 1 >= end || q[1] != '>')
                goto done;
            p = q + 2;
            continue;
        }
        const char *vlt = memchr(q + 1, '<', (size_t)(end - q - 1));
        if (vlt == NULL)
            goto done;
        if (vlt > q + 1) {
            const char *c = q + 1;
            while (c < vlt && (CLS(*c) & (C_SPACE | C_LF)))
                c++;
            if (c == vlt)
                goto done;   /* white space alone: lxml may keep it or not */
            text = plain_text(q + 1, vlt, 0, lines);
            if (text == NULL) {
                if (PyErr_Occurred())
                    rc = FAIL;
                goto done;
            }
        }
        const char *gt = end_tag(vlt, end, child);
        if (gt == NULL)
            goto done;
        p = gt + 1;
    }
    *item = kind == GEN_SET ? PyTuple_Pack(4, gen_kind_names[kind], name, Py_None, subs)
                            : PyTuple_Pack(4, gen_kind_names[kind], name, text != NULL ? text : Py_None, zero);
    rc = *item == NULL ? FAIL : LIFTED;
done:
    if (rc == FAIL && !PyErr_Occurred())
        PyErr_SetString(PyExc_RuntimeError, "_lift: internal error");
    Py_XDECREF(text);
    Py_XDECREF(subs);
    return rc;
}

/* the end of a comment, CDATA section or processing instruction starting at lt ('<!' or '<?'), or NULL */
static const char *skip_markup(const char *lt, const char *end) {
    const char *close;
    size_t close_n, open_n;
    if (end - lt >= 4 && memcmp(lt, "<!--", 4) == 0) {
        close = "-->";
        close_n = 3;
        open_n = 4;
    } else if (end - lt >= 9 && memcmp(lt, "<![CDATA[", 9) == 0) {
        close = "]]>";
        close_n = 3;
        open_n = 9;
    } else if (lt[1] == '?') {
        close = "?>";
        close_n = 2;
        open_n = 2;
    } else {
        return NULL;   /* a DOCTYPE or other declaration: not in a chunk of members */
    }
    for (const char *q = lt + open_n; q + close_n <= end; q++) {
        q = memchr(q, close[0], (size_t)(end - q));
        if (q == NULL || q + close_n > end)
            return NULL;
        if (memcmp(q, close, close_n) == 0)
            return q + close_n;
    }
    return NULL;
}

/* the roles of the open elements around a property, which say whether the readers read it (buildings.py): a
 * building's or part's own geometry, a boundary surface's multi-surfaces, an outer installation's geometry of LOD 1+ */
enum { R_OTHER = 0, R_MEMBER, R_OWNER, R_PARTS, R_BOUNDED, R_SURFACE, R_INST_PROP, R_INST_OBJ };
/* what a bldg property name is: not one (0), lod0 (1), lodN multi-surface (2), lodN solid or geometry (3), N >= 1 */
enum { P_NONE = 0, P_LOD0, P_MULTI, P_SOLID };
#define MAIN_DEPTH 256

static int property_kind(const char *local, Py_ssize_t n) {
#define IS(s) (n == (Py_ssize_t)sizeof(s) - 1 && memcmp(local, s, sizeof(s) - 1) == 0)
    if (IS("lod0FootPrint") || IS("lod0RoofEdge"))
        return P_LOD0;
    if (n < 5 || memcmp(local, "lod", 3) != 0 || local[3] < '1' || local[3] > '4')
        return P_NONE;
    local += 4;
    n -= 4;
    if (IS("MultiSurface"))
        return P_MULTI;
    if (IS("Solid") || IS("Geometry"))
        return P_SOLID;
    return P_NONE;
#undef IS
}

/* the role of an element named name[0:n] (bldg-prefixed local in local[0:ln], or NULL) inside one of role parent */
static int role_of(int parent, int depth, const char *name, Py_ssize_t n, Span member, const char *local,
                   Py_ssize_t ln) {
#define IS(s) (local != NULL && ln == (Py_ssize_t)sizeof(s) - 1 && memcmp(local, s, sizeof(s) - 1) == 0)
    if (depth == 0)
        return span_is(member, name, n) ? R_MEMBER : R_OTHER;
    switch (parent) {
    case R_MEMBER:
        return IS("Building") ? R_OWNER : R_OTHER;
    case R_OWNER:
        if (IS("consistsOfBuildingPart"))
            return R_PARTS;
        if (IS("boundedBy"))
            return R_BOUNDED;
        return IS("outerBuildingInstallation") ? R_INST_PROP : R_OTHER;
    case R_PARTS:
        return IS("BuildingPart") ? R_OWNER : R_OTHER;
    case R_BOUNDED:
        return R_SURFACE;
    case R_INST_PROP:
        return R_INST_OBJ;
    case R_INST_OBJ:
        return IS("boundedBy") ? R_BOUNDED : R_OTHER;
    default:
        return R_OTHER;
    }
#undef IS
}

/* line feeds from p to q, eight bytes at a time (an exact test for a zero byte of w ^ LFs, then a bit count) */
static Py_ssize_t count_lf(const char *p, const char *q) {
    Py_ssize_t n = 0;
    for (; p + 8 <= q; p += 8) {
        unsigned long long w;
        memcpy(&w, p, 8);
        w ^= 0x0a0a0a0a0a0a0a0aULL;
        unsigned long long t = (w & 0x7f7f7f7f7f7f7f7fULL) + 0x7f7f7f7f7f7f7f7fULL;
        unsigned long long hits = ~(t | w | 0x7f7f7f7f7f7f7f7fULL) >> 7;   /* 1 in the low bit of each LF byte */
        n += (Py_ssize_t)((hits * ONES) >> 56);   /* (their sum, without a popcount call where the CPU is not known) */
    }
    for (; p < q; p++)
        n += *p == '\n';
    return n;
}

/* libxml2 keeps an element's line in 16 bits: past 65,535 lxml takes it from text further down, which a lifted
 * property no longer holds; nothing is lifted from this line of the chunk on (there are ~20,000 in 1 MB of PLATEAU) */
#define LINE_LIMIT 65000

/* the end of the start tag whose name ends at q (its '>'), attribute values skipped whole; NULL when cut off */
static const char *tag_end(const char *q, const char *end) {
    while (q < end) {
        char c = *q;
        if (c == '>')
            return q;
        if (c == '"' || c == '\'') {
            q = memchr(q + 1, c, (size_t)(end - q - 1));
            if (q == NULL)
                return NULL;
        }
        q++;
    }
    return NULL;
}

/* ' attr="k">' into buf (64 bytes; attr at most 32): its length */
static int marker_of(char *buf, const char *attr, Py_ssize_t attr_n, Py_ssize_t k) {
    char digits[24];
    int nd = 0;
    do {
        digits[nd++] = (char)('0' + k % 10);
        k /= 10;
    } while (k > 0 && nd < 20);
    int m = 0;
    buf[m++] = ' ';
    memcpy(buf + m, attr, (size_t)attr_n);
    m += (int)attr_n;
    buf[m++] = '=';
    buf[m++] = '"';
    while (nd > 0)
        buf[m++] = digits[--nd];
    buf[m++] = '"';
    buf[m++] = '>';
    return m;
}

/* A run of generic attributes (siblings with white space alone between them) becomes one placeholder: the first one's
 * start tag, marked, the line feeds of them all, and the first one's end tag, written here when the run ends. */
typedef struct {
    PyObject *items;   /* their items (a list held by the chunk's list), or NULL: no run open */
    Span name;         /* the first one's name */
    const char *end;   /* past the last one's end tag */
    Py_ssize_t lines;  /* line feeds the placeholder is to hold */
} Run;

static int close_run(Out *out, Run *run) {
    if (run->items == NULL)
        return 0;
    run->items = NULL;
    return out_newlines(out, run->lines) < 0 || out_put(out, "</", 2) < 0 ||
           out_put(out, run->name.p, run->name.n) < 0 || out_put(out, ">", 1) < 0 ? -1 : 0;
}

static PyObject *lift(PyObject *self, PyObject *args) {
    Py_buffer data;
    const char *bldg_p, *gml_p, *xlink_p, *gen_p, *member_p, *attr_p;
    Py_ssize_t bldg_n, gml_n, xlink_n, gen_n, member_n, attr_n;
    if (!PyArg_ParseTuple(args, "y*y#y#y#y#y#y#", &data, &bldg_p, &bldg_n, &gml_p, &gml_n, &xlink_p, &xlink_n,
                          &gen_p, &gen_n, &member_p, &member_n, &attr_p, &attr_n))
        return NULL;
    Py_ssize_t attr_colon;
    if (attr_n == 0 || attr_n > 32 || name_at(attr_p, attr_p + attr_n, &attr_colon) != attr_n || attr_colon >= 0 ||
        bldg_n == 0 || gml_n == 0 || xlink_n == 0 || !PyBytes_Check(PyTuple_GET_ITEM(args, 0))) {
        PyBuffer_Release(&data);
        PyErr_SetString(PyExc_ValueError, "_lift.lift: data not bytes, an empty prefix, or a marker attribute name that "
                                          "is not an XML name of at most 32 bytes without a prefix");
        return NULL;
    }
    Span gml = {gml_p, gml_n, 0}, xlink = {xlink_p, xlink_n, 0}, gen = {gen_p, gen_n, 0},
         member = {member_p, member_n, 0};
    const char *start = data.buf, *end = start + data.len, *p = start, *copied = start;
    const char *unchecked = start;   /* bytes from here on not yet searched for a namespace declaration */
    Out out = {NULL, 0, 0};
    PyObject *items = PyList_New(0), *result = NULL;
    char marker[64];
    int roles[MAIN_DEPTH];
    Py_ssize_t depth = 0;   /* open elements (their roles kept up to MAIN_DEPTH; deeper, nothing is lifted) */
    Py_ssize_t line = 1;    /* the line of counted (lxml's, for the chunk parsed after a head without line breaks) */
    Run run = {NULL, {NULL, 0, 0}, NULL, 0};
    const char *counted = start;
    if (items == NULL)
        goto fail;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (lt == NULL || lt + 1 >= end)
            break;
        if (lt[1] == '!' || lt[1] == '?') {
            const char *after = skip_markup(lt, end);
            if (after == NULL)
                break;   /* left to lxml */
            p = after;
            continue;
        }
        if (lt[1] == '/') {
            if (depth > 0)
                depth--;
            p = lt + 2;
            continue;
        }
        Py_ssize_t colon, n = name_at(lt + 1, end, &colon);
        const char *q = n == 0 || lt + 1 + n >= end ? NULL : tag_end(lt + 1 + n, end);
        if (q == NULL || !(CLS(lt[1 + n]) & (C_SPACE | C_LF | C_CR) || lt[1 + n] == '>' || lt[1 + n] == '/'))
            break;   /* a name this does not read (non-ASCII …), or a cut-off tag: the rest is left to lxml */
        int parent = depth > 0 && depth <= MAIN_DEPTH ? roles[depth - 1] : R_OTHER;
        const char *local = NULL;
        Py_ssize_t ln = 0;
        if (colon == bldg_n && memcmp(lt + 1, bldg_p, (size_t)bldg_n) == 0) {
            local = lt + 1 + bldg_n + 1;
            ln = n - bldg_n - 1;
        }
        int pk = local != NULL && q == lt + 1 + n ? property_kind(local, ln) : P_NONE;   /* (no attributes) */
        int wanted = pk != P_NONE && depth < MAIN_DEPTH &&
            (parent == R_OWNER || (parent == R_SURFACE && pk == P_MULTI) || (parent == R_INST_OBJ && pk != P_LOD0));
        int gk = -1;   /* a gen:* attribute of a building or part (read by buildings.py's _generic) */
        if (gen_n > 0 && parent == R_OWNER && depth < MAIN_DEPTH && colon == gen_n && q[-1] != '/' &&
            memcmp(lt + 1, gen_p, (size_t)gen_n) == 0)
            gk = gen_kind(lt + 1 + gen_n + 1, n - gen_n - 1);
        if (wanted || gk >= 0) {
            line += count_lf(counted, lt);
            counted = lt;
            if (line >= LINE_LIMIT)
                break;
            Span name = {lt + 1, n, 0};
            PyObject *item = NULL;
            const char *stop = NULL;
            Py_ssize_t newlines = 0, tag_lines = 0;   /* (line feeds in its content, and in its start tag) */
            int rc;
            if (wanted) {
                rc = read_property(q + 1, end, name, gml, xlink, &item, &stop, &newlines);
            } else {
                PyObject *gname = NULL;
                const char *tq = gen_attrs(lt + 1 + n, end, &tag_lines, &gname);
                if (tq == q)
                    rc = read_generic(q + 1, end, name, gen, gk, gname, 0, &item, &stop, &newlines);
                else
                    rc = tq == NULL && PyErr_Occurred() ? FAIL : LEAVE;
                Py_XDECREF(gname);
            }
            if (rc == FAIL)
                goto fail;
            if (rc == LIFTED) {
                if (memmem(unchecked, (size_t)(lt - unchecked), "xmlns", 5) != NULL) {
                    Py_DECREF(item);
                    goto declared;
                }
                unchecked = stop;   /* (a lifted property declares no namespace: read_property refuses it) */
                /* past its end tag (read_property and read_generic saw its '>'): it was never pushed */
                const char *after = (const char *)memchr(stop, '>', (size_t)(end - stop)) + 1;
                Py_ssize_t between = 0;
                if (!wanted && run.items != NULL && white(run.end, lt, &between)) {
                    /* the next of a run: its start tag, content and end tag dropped, their line feeds kept */
                    int rc2 = PyList_Append(run.items, item);
                    Py_DECREF(item);
                    if (rc2 < 0)
                        goto fail;
                    run.lines += between + tag_lines + newlines;
                    line += tag_lines + newlines;
                    copied = counted = run.end = p = after;
                    continue;
                }
                if (close_run(&out, &run) < 0) {
                    Py_DECREF(item);
                    goto fail;
                }
                if (!wanted) {   /* the first of a run */
                    PyObject *list = PyList_New(1);
                    if (list == NULL) {
                        Py_DECREF(item);
                        goto fail;
                    }
                    PyList_SET_ITEM(list, 0, item);   /* (steals item) */
                    item = list;
                }
                int m = marker_of(marker, attr_p, attr_n, PyList_GET_SIZE(items));
                int rc2 = PyList_Append(items, item);
                Py_DECREF(item);
                if (rc2 < 0 || m <= 0 || m >= (int)sizeof marker || out_put(&out, copied, q - copied) < 0 ||
                    out_put(&out, marker, m) < 0)
                    goto fail;
                line += tag_lines + newlines;
                if (!wanted) {   /* (its end tag is written when the run ends) */
                    run.items = item;
                    run.name = name;
                    run.lines = newlines;
                    copied = counted = run.end = p = after;
                    continue;
                }
                if (out_newlines(&out, newlines) < 0)
                    goto fail;
                copied = counted = stop;
                p = after;
                continue;
            }
            /* left in place: read on inside it, where nothing is a property the readers read */
        }
        if (q[-1] != '/') {   /* (not an empty element) */
            if (depth < MAIN_DEPTH)
                roles[depth] = pk != P_NONE ? R_OTHER : role_of(parent, (int)depth, lt + 1, n, member, local, ln);
            depth++;
        }
        p = q + 1;
    }
    if (PyList_GET_SIZE(items) == 0 || memmem(unchecked, (size_t)(end - unchecked), "xmlns", 5) != NULL) {
declared:   /* nothing lifted, or a namespace declared in the chunk: a prefix may mean something else in it */
        Py_DECREF(items);
        PyMem_Free(out.buf);
        PyBuffer_Release(&data);
        Py_RETURN_NONE;
    }
    if (close_run(&out, &run) < 0 || out_put(&out, copied, end - copied) < 0)
        goto fail;
    PyObject *bytes = PyBytes_FromStringAndSize(out.buf, out.len);
    if (bytes == NULL)
        goto fail;
    result = PyTuple_Pack(2, bytes, items);
    Py_DECREF(bytes);
fail:
    Py_XDECREF(items);
    PyMem_Free(out.buf);
    PyBuffer_Release(&data);
    return result;
}

static PyMethodDef methods[] = {
    {"lift", lift, METH_VARARGS,
     "lift(data, bldg_prefix, gml_prefix, xlink_prefix, gen_prefix, member_tag, attr) -> (data, [(texts, nrings, "
     "ids, hrefs) or (kind, name, text, 0 or [items]), ...]) or None"},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_lift", NULL, -1, methods};

PyMODINIT_FUNC PyInit__lift(void) {
    fill_classes();
    for (int k = 0; k < N_GEN_KINDS; k++)
        if ((gen_kind_names[k] = PyUnicode_InternFromString(GEN_KINDS[k])) == NULL)
            return NULL;
    if ((zero = PyLong_FromLong(0)) == NULL)
        return NULL;
    return PyModule_Create(&module);
}
