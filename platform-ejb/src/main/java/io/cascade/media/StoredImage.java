package io.cascade.media;

import java.util.UUID;

/** A kept image as callers see it: its public URL and what it is, without the bytes. */
public record StoredImage(
    UUID id, String url, String fileName, String contentType, int sizeBytes) {}
