#ifndef KBK_CZLIB_SHIM_H
#define KBK_CZLIB_SHIM_H

// zlib inflates a PNG's image data and a PDF's object streams, so an attachment is checked by what
// its compressed parts hold (KBKAttachment), not only by its headers.
#include <zlib.h>

// inflateInit is a macro that passes the library's version and the stream's size: Swift cannot
// import it.
static inline int kbk_inflate_init(z_streamp stream) {
    return inflateInit(stream);
}

#endif
