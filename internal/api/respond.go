package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strings"

	"newsgraph/internal/store"
)

var contentTypes = map[string]string{
	"json":  "application/json; charset=utf-8",
	"jsonl": "application/x-ndjson; charset=utf-8",
	"csv":   "text/csv; charset=utf-8",
	"table": "text/plain; charset=utf-8",
}

// format picks the response format: ?format= first, then Accept.
func format(r *http.Request) (string, error) {
	if f := r.URL.Query().Get("format"); f != "" {
		if _, ok := contentTypes[f]; !ok {
			return "", badRequest{fmt.Errorf("format=%q: want json, jsonl, csv or table", f)}
		}
		return f, nil
	}
	accept := r.Header.Get("Accept")
	switch {
	case strings.Contains(accept, "text/csv"):
		return "csv", nil
	case strings.Contains(accept, "application/x-ndjson"), strings.Contains(accept, "application/jsonl"), strings.Contains(accept, "application/jsonlines"):
		return "jsonl", nil
	}
	return "json", nil
}

// respond writes res in the requested format, or err as JSON with its
// status. The body is rendered before the status line is sent, so a
// rendering failure still gets a 500.
func respond(w http.ResponseWriter, r *http.Request, res Result, err error) {
	f, ferr := format(r)
	if err == nil {
		err = ferr
	}
	if err != nil {
		var br badRequest
		switch {
		case errors.As(err, &br), errors.Is(err, store.ErrInvalid):
			writeError(w, http.StatusBadRequest, err)
		case errors.Is(err, store.ErrNotFound):
			writeError(w, http.StatusNotFound, err)
		case r.Context().Err() != nil:
			// The client went away; nobody reads the answer.
		default:
			internalError(w, r, err)
		}
		return
	}
	var buf bytes.Buffer
	if err := Write(&buf, f, res); err != nil {
		internalError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", contentTypes[f])
	if f == "csv" {
		w.Header().Set("Content-Disposition", `attachment; filename="`+exportName(r)+`.csv"`)
	}
	w.Write(buf.Bytes())
}

// exportName is a file name for a download: the route's last word.
func exportName(r *http.Request) string {
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	return strings.Join(parts[2:], "-")
}

// internalError logs err and answers 500 without its text: a store's
// errors can name the database's host, user, file paths or the SQL, which
// are the operator's business, not every API client's.
func internalError(w http.ResponseWriter, r *http.Request, err error) {
	log.Printf("api: %s: %v", r.URL, err)
	writeError(w, http.StatusInternalServerError, errInternal)
}

var errInternal = errors.New("internal error: the corpus could not be read (the server log says why)")

func writeError(w http.ResponseWriter, status int, err error) {
	w.Header().Set("Content-Type", contentTypes["json"])
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}
