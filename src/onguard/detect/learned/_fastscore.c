/* Optional C fast path for the learned models (used by batch.py; the numpy code in
 * features.py / model.py is the reference and the fallback, and
 * tests/detect/learned/test_fastscore.py checks that both agree).
 *
 * It computes what `NgramHasher.hits` + `prepare_hits` + `raw_prefix` compute, for
 * several models at once, in one pass over each conversation, without building the
 * batch's hit arrays, and the n-gram part of `LinearConversationModel.evidence`:
 *
 *   score(low, msg_len, conv_size, read, table, k, n_bits, char_sizes, word_uni, word_bi)
 *       -> (z, norm_sq, weight): bytearrays of n_messages * k float64, row-major: each
 *          prefix's sum over the two blocks of dot / sqrt(max(squared norm, 1e-12))
 *          (before the intercept), its squared norm, and each message's summed n-gram
 *          weight (0 for a message not read)
 *   evidence(low, msg_len, table, k, n_bits, char_sizes, word_uni, word_bi, texts,
 *            req_message, req_column, req_index, signals, per_message)
 *       -> one list of (index, start, end, reason) per request
 *
 * `low` is the batch's joined, lower-cased text (features.joined_lower); message i starts
 * at sum_{j<i}(msg_len[j] + 3). `table` is float32 [n_features, 2k]: each model's
 * weighted idf, then each model's idf^2. `read` (uint8 per message, or None) says which
 * messages the models read. The GIL is held throughout (the static tables are read-only).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BASE 0x9E3779B97F4A7C15ULL
#define MIX1 0xBF58476D1CE4E5B9ULL
#define MAX_CHAR_SIZES 16
#define MAX_NGRAM 64

static inline uint64_t mix(uint64_t x) { return (x ^ (x >> 29)) * MIX1; }

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t length;
    uint64_t shift;
    int64_t block;
    int n_char;
    int char_sizes[MAX_CHAR_SIZES];
    int word_uni, word_bi;
    uint64_t powers[MAX_NGRAM + 1];
} Hasher;

/* One n-gram occurrence: feature, and span in the original message text. */
typedef struct {
    int64_t feature;
    int64_t start, end;
} Hit;

static inline uint32_t norm_code(uint32_t c) {
    if (c >= 48 && c <= 57) return 48;
    if (c <= 13 && (c >= 9 || c == 1)) return 32;
    return c;
}

static inline int is_word(uint32_t c) {
    return (c >= 97 && c <= 122) || c == 48 ||
           (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7);
}

/* The next word (maximal run of word characters) at or after *p: returns its start and
 * leaves its hash in *x and *p just past it; -1 when there is none. */
static inline int64_t next_word(const uint32_t *codes, int64_t n, int64_t *p, uint64_t *x) {
    int64_t i = *p;
    while (i < n && !is_word(codes[i])) i++;
    if (i >= n) {
        *p = i;
        return -1;
    }
    int64_t a = i;
    uint64_t hash = 0, pw = 1;
    while (i < n && is_word(codes[i])) {
        hash += ((uint64_t)codes[i] + 1) * pw;
        pw *= BASE;
        i++;
    }
    *x = hash;
    *p = i;
    return a;
}

static inline int64_t clip(int64_t v, int64_t hi) { return v < 0 ? 0 : (v > hi ? hi : v); }

/* Upper bound on a message's hits. */
static inline Py_ssize_t max_hits(const Hasher *h, int64_t len) {
    return (Py_ssize_t)(len + 2) * (h->n_char + 2);
}

/* Codes of the padded message starting at `offset` (len + 2 code points) into `codes`. */
static void load_codes(const Hasher *h, Py_ssize_t offset, int64_t len, uint32_t *codes) {
    for (int64_t i = 0; i < len + 2; i++)
        codes[i] = norm_code(PyUnicode_READ(h->kind, h->data, offset + i));
}

/* The hits of one padded message, in the order features.py produces them for a message:
 * each character n-gram size in turn, then word unigrams, then word bigrams. `spans`: 0
 * leaves start and end unset (scoring reads only the features). */
static Py_ssize_t message_hits(const Hasher *h, const uint32_t *codes, int64_t len, Hit *out,
                               int spans) {
    int64_t n = len + 2;
    Py_ssize_t count = 0;
    /* Size s's n-grams go to out[first[s] ...), one per start position, so that the hits
     * keep that order while each position's hashes grow one character at a time (the
     * hash of an n-gram is its (n-1)-gram's plus one term): one multiply-add a character,
     * not one per character of every n-gram. */
    Py_ssize_t first[MAX_CHAR_SIZES];
    for (int s = 0; s < h->n_char; s++) {
        int size = h->char_sizes[s];
        first[s] = count;
        if (size <= n) count += n - size + 1;
    }
    for (int64_t p = 0; p < n; p++) {
        uint64_t x = 0;
        int grown = 0;
        for (int s = 0; s < h->n_char; s++) {
            int size = h->char_sizes[s];
            if (p + size > n) continue;
            if (size < grown) { /* sizes out of order: start again */
                x = 0;
                grown = 0;
            }
            for (; grown < size; grown++) x += ((uint64_t)codes[p + grown] + 1) * h->powers[grown];
            Hit *hit = &out[first[s] + p];
            hit->feature = (int64_t)(mix(x + (uint64_t)size) >> h->shift);
            if (spans) {
                hit->start = clip(p - 1, len);
                hit->end = clip(p + size - 1, len);
            }
        }
    }
    if (!h->word_uni && !h->word_bi) return count;
    /* Words: maximal runs of word characters; unigrams first, then bigrams (a second pass),
     * the order features.py concatenates them in. */
    uint64_t x;
    if (h->word_uni) {
        int64_t p = 0, a;
        while ((a = next_word(codes, n, &p, &x)) >= 0) {
            out[count].feature = (int64_t)(mix(x + 101) >> h->shift) + h->block;
            out[count].start = clip(a - 1, len);
            out[count].end = clip(p - 1, len);
            count++;
        }
    }
    if (h->word_bi) {
        int64_t p = 0, a, prev_start = -1;
        uint64_t prev_hash = 0;
        while ((a = next_word(codes, n, &p, &x)) >= 0) {
            if (prev_start >= 0) {
                out[count].feature = (int64_t)(mix(mix(prev_hash) + x + 202) >> h->shift) + h->block;
                out[count].start = clip(prev_start - 1, len);
                out[count].end = clip(p - 1, len);
                count++;
            }
            prev_hash = x;
            prev_start = a;
        }
    }
    return count;
}

static int parse_hasher(Hasher *h, PyObject *low, int n_bits, PyObject *char_sizes, int word_uni,
                        int word_bi) {
    if (!PyUnicode_Check(low)) {
        PyErr_SetString(PyExc_TypeError, "low must be a str");
        return -1;
    }
    if (PyUnicode_READY(low) < 0) return -1;
    if (n_bits < 1 || n_bits > 40) {
        PyErr_SetString(PyExc_ValueError, "n_bits out of range");
        return -1;
    }
    h->kind = PyUnicode_KIND(low);
    h->data = PyUnicode_DATA(low);
    h->length = PyUnicode_GET_LENGTH(low);
    h->shift = (uint64_t)(64 - n_bits);
    h->block = (int64_t)1 << n_bits;
    h->word_uni = word_uni;
    h->word_bi = word_bi;
    PyObject *seq = PySequence_Fast(char_sizes, "char_sizes must be a sequence");
    if (seq == NULL) return -1;
    Py_ssize_t m = PySequence_Fast_GET_SIZE(seq);
    if (m > MAX_CHAR_SIZES) {
        Py_DECREF(seq);
        PyErr_SetString(PyExc_ValueError, "too many character n-gram sizes");
        return -1;
    }
    h->n_char = (int)m;
    for (Py_ssize_t i = 0; i < m; i++) {
        long v = PyLong_AsLong(PySequence_Fast_GET_ITEM(seq, i));
        if (v == -1 && PyErr_Occurred()) {
            Py_DECREF(seq);
            return -1;
        }
        if (v < 1 || v > MAX_NGRAM) {
            Py_DECREF(seq);
            PyErr_SetString(PyExc_ValueError, "character n-gram size out of range");
            return -1;
        }
        h->char_sizes[i] = (int)v;
    }
    Py_DECREF(seq);
    h->powers[0] = 1;
    for (int i = 1; i <= MAX_NGRAM; i++) h->powers[i] = h->powers[i - 1] * BASE;
    return 0;
}

/* Check the message lengths against `low` and return the longest. */
static int check_layout(const Hasher *h, const int64_t *msg_len, Py_ssize_t n, int64_t *longest) {
    int64_t total = 0, top = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (msg_len[i] < 0) {
            PyErr_SetString(PyExc_ValueError, "negative message length");
            return -1;
        }
        total += msg_len[i] + 3;
        if (msg_len[i] > top) top = msg_len[i];
    }
    if (n > 0 && total - 1 != h->length) {
        PyErr_SetString(PyExc_ValueError, "message lengths do not match the joined text");
        return -1;
    }
    *longest = top;
    return 0;
}

static int get_buffer(PyObject *obj, Py_buffer *view, Py_ssize_t itemsize, Py_ssize_t count,
                      const char *name) {
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS) < 0) return -1;
    if (view->len != itemsize * count) {
        PyErr_Format(PyExc_ValueError, "%s: expected %zd bytes, got %zd", name, itemsize * count,
                     view->len);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

/* Open-addressing counts of one conversation's features. */
typedef struct {
    int32_t *keys;
    int32_t *counts;
    size_t mask;
} Counts;

static inline int32_t counts_bump(Counts *c, int32_t f) {
    size_t i = (size_t)f & c->mask;
    for (;;) {
        if (c->keys[i] == f) return c->counts[i]++;
        if (c->keys[i] < 0) {
            c->keys[i] = f;
            c->counts[i] = 1;
            return 0;
        }
        i = (i + 1) & c->mask;
    }
}

/* 1 + log(i) for small counts (the same libm log, looked up instead of recomputed). */
#define TF_TABLE 4096
static double tf_table[TF_TABLE];

static inline double sublinear_tf(int32_t count) {
    if (count <= 0) return 0.0;
    return count < TF_TABLE ? tf_table[count] : 1.0 + log((double)count);
}

/* Add one message's hits to a conversation's sums. `acc` holds, for each of the k models,
 * the dot product and the squared norm of the character block and of the word block
 * (dot0, dot1, sq0, sq1: four runs of k); `mine` gets each model's summed n-gram weight
 * over the message, added in hit order (as numpy's bincount adds them). */
#define LOCAL_K 8  /* up to this many models, the sums live in locals */
#define PREFETCH 8 /* hits ahead: the weight table is far bigger than the caches */
static inline void add_hits(const Hit *hits, Py_ssize_t nh, Counts *counts,
                            const float *restrict table, int64_t block, double *restrict acc,
                            double *restrict mine, const int k) {
    const Py_ssize_t stride = 2 * (Py_ssize_t)k;
    if (k <= LOCAL_K) {
        /* Sums in locals (registers, for a constant k), written back once per message. */
        double d0[LOCAL_K], d1[LOCAL_K], s0[LOCAL_K], s1[LOCAL_K], m[LOCAL_K];
        for (int j = 0; j < k; j++) {
            d0[j] = acc[j];
            d1[j] = acc[k + j];
            s0[j] = acc[2 * k + j];
            s1[j] = acc[3 * k + j];
            m[j] = mine[j];
        }
        for (Py_ssize_t t = 0; t < nh; t++) {
            int64_t f = hits[t].feature;
            if (t + PREFETCH < nh) __builtin_prefetch(table + hits[t + PREFETCH].feature * stride);
            int32_t seen = counts_bump(counts, (int32_t)f);
            double before = sublinear_tf(seen);
            double after = sublinear_tf(seen + 1);
            double d_tf = after - before;
            double d_sq = after * after - before * before;
            const float *restrict row = table + f * stride;
            if (f >= block) {
                for (int j = 0; j < k; j++) {
                    d1[j] += row[j] * d_tf;
                    s1[j] += row[k + j] * d_sq;
                }
            } else {
                for (int j = 0; j < k; j++) {
                    d0[j] += row[j] * d_tf;
                    s0[j] += row[k + j] * d_sq;
                }
            }
            for (int j = 0; j < k; j++) m[j] += row[j];
        }
        for (int j = 0; j < k; j++) {
            acc[j] = d0[j];
            acc[k + j] = d1[j];
            acc[2 * k + j] = s0[j];
            acc[3 * k + j] = s1[j];
            mine[j] = m[j];
        }
        return;
    }
    for (Py_ssize_t t = 0; t < nh; t++) {
        int64_t f = hits[t].feature;
        int32_t seen = counts_bump(counts, (int32_t)f);
        /* Sublinear tf: 0 -> 1 -> 1 + log 2 -> ...; growth of tf and tf^2. */
        double before = sublinear_tf(seen);
        double after = sublinear_tf(seen + 1);
        double d_tf = after - before;
        double d_sq = after * after - before * before;
        const float *restrict row = table + f * stride;
        double *restrict dot = acc + (f >= block ? k : 0);
        double *restrict sq = acc + 2 * k + (f >= block ? k : 0);
        for (int j = 0; j < k; j++) {
            dot[j] += row[j] * d_tf;
            sq[j] += row[k + j] * d_sq;
            mine[j] += row[j];
        }
    }
}

static PyObject *fast_score(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *low, *msg_len_obj, *conv_size_obj, *read_obj, *table_obj, *char_sizes;
    int k, n_bits, word_uni, word_bi;
    if (!PyArg_ParseTuple(args, "UOOOOiiOpp", &low, &msg_len_obj, &conv_size_obj, &read_obj,
                          &table_obj, &k, &n_bits, &char_sizes, &word_uni, &word_bi))
        return NULL;
    Hasher h;
    if (parse_hasher(&h, low, n_bits, char_sizes, word_uni, word_bi) < 0) return NULL;
    if (k < 1) {
        PyErr_SetString(PyExc_ValueError, "k must be positive");
        return NULL;
    }
    Py_buffer lens = {0}, sizes = {0}, readv = {0}, tab = {0};
    PyObject *result = NULL, *dot_out = NULL, *sq_out = NULL, *contrib = NULL;
    uint32_t *codes = NULL;
    Hit *hits = NULL;
    Counts counts = {NULL, NULL, 0};
    double *acc = NULL;
    int have_read = read_obj != Py_None;

    if (PyObject_GetBuffer(msg_len_obj, &lens, PyBUF_C_CONTIGUOUS) < 0) return NULL;
    if (lens.len % 8) {
        PyErr_SetString(PyExc_ValueError, "msg_len must be int64");
        goto done;
    }
    Py_ssize_t n = lens.len / 8;
    const int64_t *msg_len = (const int64_t *)lens.buf;
    if (PyObject_GetBuffer(conv_size_obj, &sizes, PyBUF_C_CONTIGUOUS) < 0) goto done;
    if (sizes.len % 8) {
        PyErr_SetString(PyExc_ValueError, "conv_size must be int64");
        goto done;
    }
    Py_ssize_t n_conv = sizes.len / 8;
    const int64_t *conv_size = (const int64_t *)sizes.buf;
    if (have_read && get_buffer(read_obj, &readv, 1, n, "read") < 0) goto done;
    const uint8_t *read = have_read ? (const uint8_t *)readv.buf : NULL;
    Py_ssize_t n_features = (Py_ssize_t)2 << n_bits;
    if (get_buffer(table_obj, &tab, 4, n_features * 2 * k, "table") < 0) goto done;
    const float *table = (const float *)tab.buf;
    int64_t longest;
    if (check_layout(&h, msg_len, n, &longest) < 0) goto done;

    /* Largest conversation, in hits, to size the count table. */
    Py_ssize_t most = 1, total_msgs = 0;
    for (Py_ssize_t c = 0; c < n_conv; c++) {
        if (conv_size[c] < 0 || total_msgs + conv_size[c] > n) {
            PyErr_SetString(PyExc_ValueError, "conversation sizes do not match the messages");
            goto done;
        }
        Py_ssize_t s = 0;
        for (int64_t i = total_msgs; i < total_msgs + conv_size[c]; i++) s += max_hits(&h, msg_len[i]);
        if (s > most) most = s;
        total_msgs += conv_size[c];
    }
    if (total_msgs != n) {
        PyErr_SetString(PyExc_ValueError, "conversation sizes do not match the messages");
        goto done;
    }
    size_t cap = 16;
    while (cap < 2 * (size_t)most) cap <<= 1;
    counts.keys = PyMem_Malloc(cap * sizeof(int32_t));
    counts.counts = PyMem_Malloc(cap * sizeof(int32_t));
    codes = PyMem_Malloc((size_t)(longest + 2) * sizeof(uint32_t));
    hits = PyMem_Malloc((size_t)max_hits(&h, longest) * sizeof(Hit));
    acc = PyMem_Calloc((size_t)4 * k, sizeof(double));
    dot_out = PyByteArray_FromStringAndSize(NULL, (Py_ssize_t)n * k * 8);
    sq_out = PyByteArray_FromStringAndSize(NULL, (Py_ssize_t)n * k * 8);
    contrib = PyByteArray_FromStringAndSize(NULL, (Py_ssize_t)n * k * 8);
    if (!counts.keys || !counts.counts || !codes || !hits || !acc || !dot_out || !sq_out ||
        !contrib) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
        goto done;
    }
    double *z_out = (double *)PyByteArray_AS_STRING(dot_out);
    double *nsq_out = (double *)PyByteArray_AS_STRING(sq_out);
    double *contrib_out = (double *)PyByteArray_AS_STRING(contrib);
    double *dot0 = acc, *dot1 = acc + k, *sq0 = acc + 2 * k, *sq1 = acc + 3 * k;

    Py_ssize_t msg = 0, offset = 0;
    for (Py_ssize_t c = 0; c < n_conv; c++) {
        Py_ssize_t need = 0;
        for (int64_t i = msg; i < msg + conv_size[c]; i++) need += max_hits(&h, msg_len[i]);
        size_t used = 16;
        while (used < 2 * (size_t)need) used <<= 1;
        counts.mask = used - 1;
        memset(counts.keys, 0xff, used * sizeof(int32_t));
        memset(acc, 0, (size_t)4 * k * sizeof(double));
        for (int64_t e = 0; e < conv_size[c]; e++, msg++) {
            int64_t len = msg_len[msg];
            double *restrict mine = contrib_out + msg * k;
            for (int j = 0; j < k; j++) mine[j] = 0.0;
            if (!read || read[msg]) {
                load_codes(&h, offset, len, codes);
                Py_ssize_t nh = message_hits(&h, codes, len, hits, 0);
                switch (k) { /* a constant k lets the compiler keep the sums in registers */
                case 1: add_hits(hits, nh, &counts, table, h.block, acc, mine, 1); break;
                case 2: add_hits(hits, nh, &counts, table, h.block, acc, mine, 2); break;
                case 3: add_hits(hits, nh, &counts, table, h.block, acc, mine, 3); break;
                case 4: add_hits(hits, nh, &counts, table, h.block, acc, mine, 4); break;
                case 5: add_hits(hits, nh, &counts, table, h.block, acc, mine, 5); break;
                case 6: add_hits(hits, nh, &counts, table, h.block, acc, mine, 6); break;
                default: add_hits(hits, nh, &counts, table, h.block, acc, mine, k);
                }
            }
            for (int j = 0; j < k; j++) {
                z_out[msg * k + j] = dot0[j] / sqrt(sq0[j] > 1e-12 ? sq0[j] : 1e-12) +
                                     dot1[j] / sqrt(sq1[j] > 1e-12 ? sq1[j] : 1e-12);
                nsq_out[msg * k + j] = sq0[j] + sq1[j];
            }
            offset += len + 3;
        }
    }
    result = PyTuple_Pack(3, dot_out, sq_out, contrib);

done:
    Py_XDECREF(contrib);
    Py_XDECREF(dot_out);
    Py_XDECREF(sq_out);
    PyMem_Free(counts.keys);
    PyMem_Free(counts.counts);
    PyMem_Free(codes);
    PyMem_Free(hits);
    PyMem_Free(acc);
    if (lens.obj) PyBuffer_Release(&lens);
    if (sizes.obj) PyBuffer_Release(&sizes);
    if (readv.obj) PyBuffer_Release(&readv);
    if (tab.obj) PyBuffer_Release(&tab);
    return result;
}

/* Candidate n-grams of one message, ordered by weight (descending), then hit order. */
typedef struct {
    double w;
    Py_ssize_t index;
} Cand;

/* Whether x comes before y: heavier first, then earlier (a stable sort by -weight). */
static inline int cand_before(const Cand *x, const Cand *y) {
    return x->w > y->w || (x->w == y->w && x->index < y->index);
}

/* A binary heap of candidates, so taking the best few of many costs O(n + few log n). */
static void heap_down(Cand *heap, Py_ssize_t size, Py_ssize_t i) {
    for (;;) {
        Py_ssize_t best = i, l = 2 * i + 1, r = l + 1;
        if (l < size && cand_before(&heap[l], &heap[best])) best = l;
        if (r < size && cand_before(&heap[r], &heap[best])) best = r;
        if (best == i) return;
        Cand t = heap[i];
        heap[i] = heap[best];
        heap[best] = t;
        i = best;
    }
}

static Cand heap_pop(Cand *heap, Py_ssize_t *size) {
    Cand top = heap[0];
    heap[0] = heap[--*size];
    heap_down(heap, *size, 0);
    return top;
}

/* `_widen_to_words` of model.py: grow a span to whole words, trim white space. */
static void widen(PyObject *text, int64_t *start_p, int64_t *end_p) {
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    int64_t len = PyUnicode_GET_LENGTH(text);
    int64_t start = *start_p, end = *end_p;
#define AT(i) PyUnicode_READ(kind, data, (i))
    while (0 < start && start < len && Py_UNICODE_ISALNUM(AT(start - 1)) &&
           Py_UNICODE_ISALNUM(AT(start)))
        start--;
    while (end < len && end > 0 && Py_UNICODE_ISALNUM(AT(end)) && Py_UNICODE_ISALNUM(AT(end - 1)))
        end++;
    while (start < end && Py_UNICODE_ISSPACE(AT(start))) start++;
    while (end > start && Py_UNICODE_ISSPACE(AT(end - 1))) end--;
#undef AT
    *start_p = start;
    *end_p = end;
}

/* Evidence n-grams of chosen messages: for each request (message, model column, index to
 * report), the message's n-grams with a positive weight, heaviest first (ties: hit
 * order), widened to words, without overlaps, at most `per_message`; as the tuples
 * (index, start, end, "<signal>: n-gram weight <w:.2f>") `LinearConversationModel.evidence`
 * builds. Returns one list per request. */
static PyObject *fast_evidence(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *low, *msg_len_obj, *table_obj, *char_sizes, *texts, *req_msg_obj, *req_col_obj;
    PyObject *req_index_obj, *signals;
    int k, n_bits, word_uni, word_bi, per_message;
    if (!PyArg_ParseTuple(args, "UOOiiOppOOOOOi", &low, &msg_len_obj, &table_obj, &k, &n_bits,
                          &char_sizes, &word_uni, &word_bi, &texts, &req_msg_obj, &req_col_obj,
                          &req_index_obj, &signals, &per_message))
        return NULL;
    Hasher h;
    if (parse_hasher(&h, low, n_bits, char_sizes, word_uni, word_bi) < 0) return NULL;
    if (k < 1 || per_message < 0) {
        PyErr_SetString(PyExc_ValueError, "bad k or per_message");
        return NULL;
    }
    Py_buffer lens = {0}, tab = {0}, rm = {0}, rc = {0}, ri = {0};
    PyObject *out = NULL, *text_seq = NULL, *signal_seq = NULL;
    uint32_t *codes = NULL;
    Hit *hits = NULL;
    Cand *cands = NULL;
    int64_t *taken = NULL, *offsets = NULL;

    if (PyObject_GetBuffer(msg_len_obj, &lens, PyBUF_C_CONTIGUOUS) < 0) return NULL;
    if (lens.len % 8) {
        PyErr_SetString(PyExc_ValueError, "msg_len must be int64");
        goto done;
    }
    Py_ssize_t n = lens.len / 8;
    const int64_t *msg_len = (const int64_t *)lens.buf;
    Py_ssize_t n_features = (Py_ssize_t)2 << n_bits;
    if (get_buffer(table_obj, &tab, 4, n_features * 2 * k, "table") < 0) goto done;
    const float *table = (const float *)tab.buf;
    if (PyObject_GetBuffer(req_msg_obj, &rm, PyBUF_C_CONTIGUOUS) < 0) goto done;
    Py_ssize_t n_req = rm.len / 8;
    if (rm.len % 8 || get_buffer(req_col_obj, &rc, 8, n_req, "columns") < 0 ||
        get_buffer(req_index_obj, &ri, 8, n_req, "indices") < 0) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "requests must be int64");
        goto done;
    }
    const int64_t *req_msg = rm.buf, *req_col = rc.buf, *req_index = ri.buf;
    int64_t longest;
    if (check_layout(&h, msg_len, n, &longest) < 0) goto done;
    text_seq = PySequence_Fast(texts, "texts must be a sequence");
    signal_seq = PySequence_Fast(signals, "signals must be a sequence");
    if (text_seq == NULL || signal_seq == NULL) goto done;
    if (PySequence_Fast_GET_SIZE(text_seq) != n || PySequence_Fast_GET_SIZE(signal_seq) != k) {
        PyErr_SetString(PyExc_ValueError, "texts or signals do not match");
        goto done;
    }
    offsets = PyMem_Malloc((size_t)(n + 1) * sizeof(int64_t));
    codes = PyMem_Malloc((size_t)(longest + 2) * sizeof(uint32_t));
    hits = PyMem_Malloc((size_t)max_hits(&h, longest) * sizeof(Hit));
    cands = PyMem_Malloc((size_t)max_hits(&h, longest) * sizeof(Cand));
    taken = PyMem_Malloc((size_t)(2 * per_message + 2) * sizeof(int64_t));
    out = PyList_New(n_req);
    if (!offsets || !codes || !hits || !cands || !taken || !out) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
        Py_CLEAR(out);
        goto done;
    }
    offsets[0] = 0;
    for (Py_ssize_t i = 0; i < n; i++) offsets[i + 1] = offsets[i] + msg_len[i] + 3;
    for (Py_ssize_t r = 0; r < n_req; r++) {
        int64_t m = req_msg[r], col = req_col[r];
        if (m < 0 || m >= n || col < 0 || col >= k) {
            PyErr_SetString(PyExc_ValueError, "request out of range");
            Py_CLEAR(out);
            goto done;
        }
        PyObject *text = PySequence_Fast_GET_ITEM(text_seq, m);
        PyObject *signal = PySequence_Fast_GET_ITEM(signal_seq, col);
        if (!PyUnicode_Check(text) || PyUnicode_READY(text) < 0 ||
            PyUnicode_GET_LENGTH(text) != msg_len[m] || !PyUnicode_Check(signal)) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "texts do not match the message lengths");
            Py_CLEAR(out);
            goto done;
        }
        PyObject *items = PyList_New(0);
        if (items == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, r, items);
        int64_t len = msg_len[m];
        load_codes(&h, offsets[m], len, codes);
        Py_ssize_t nh = message_hits(&h, codes, len, hits, 1), nc = 0;
        for (Py_ssize_t t = 0; t < nh; t++) {
            double w = table[hits[t].feature * 2 * k + col];
            if (w > 0) {
                cands[nc].w = w;
                cands[nc].index = t;
                nc++;
            }
        }
        for (Py_ssize_t i = nc / 2 - 1; i >= 0; i--) heap_down(cands, nc, i);
        int n_taken = 0;
        while (nc > 0 && n_taken < per_message) {
            Cand best = heap_pop(cands, &nc);
            const Hit *hit = &hits[best.index];
            int64_t s = hit->start, e = hit->end;
            widen(text, &s, &e);
            if (s >= e) continue;
            int overlap = 0;
            for (int i = 0; i < n_taken; i++)
                if (s < taken[2 * i + 1] && taken[2 * i] < e) overlap = 1;
            if (overlap) continue;
            taken[2 * n_taken] = s;
            taken[2 * n_taken + 1] = e;
            n_taken++;
            char *num = PyOS_double_to_string(best.w, 'f', 2, 0, NULL);
            if (num == NULL) {
                Py_CLEAR(out);
                goto done;
            }
            PyObject *reason = PyUnicode_FromFormat("%U: n-gram weight %s", signal, num);
            PyMem_Free(num);
            if (reason == NULL) {
                Py_CLEAR(out);
                goto done;
            }
            PyObject *item =
                Py_BuildValue("(LLLN)", (long long)req_index[r], (long long)s, (long long)e, reason);
            if (item == NULL || PyList_Append(items, item) < 0) {
                Py_XDECREF(item);
                Py_CLEAR(out);
                goto done;
            }
            Py_DECREF(item);
        }
    }

done:
    Py_XDECREF(text_seq);
    Py_XDECREF(signal_seq);
    PyMem_Free(offsets);
    PyMem_Free(codes);
    PyMem_Free(hits);
    PyMem_Free(cands);
    PyMem_Free(taken);
    if (lens.obj) PyBuffer_Release(&lens);
    if (tab.obj) PyBuffer_Release(&tab);
    if (rm.obj) PyBuffer_Release(&rm);
    if (rc.obj) PyBuffer_Release(&rc);
    if (ri.obj) PyBuffer_Release(&ri);
    return out;
}

static PyMethodDef methods[] = {
    {"score", fast_score, METH_VARARGS,
     "Per-message (dot / norm summed over blocks, squared norm) of several models."},
    {"evidence", fast_evidence, METH_VARARGS, "Evidence spans of chosen messages."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_fastscore", "Optional C fast path for the learned models.", -1,
    methods,
};

PyMODINIT_FUNC PyInit__fastscore(void) {
    for (int i = 1; i < TF_TABLE; i++) tf_table[i] = 1.0 + log((double)i);
    return PyModule_Create(&module);
}
