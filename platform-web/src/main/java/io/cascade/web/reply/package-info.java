/** replies/index.xhtml: the replies inbox, through {@code io.cascade.reply.ReplyService}. */
package io.cascade.web.reply;
