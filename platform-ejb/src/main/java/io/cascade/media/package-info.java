/**
 * Template images: storing an upload, its public URL, serving it to the public media path, and the
 * provider ids of an image (Messaggio's {@code image_id} per account, uploaded when the image is,
 * or on demand for dispatch). Depends on the domain's {@code media}, on {@code provideraccount} for
 * the accounts and their clients, and on {@code provider.messaggio} for the upload.
 */
package io.cascade.media;
