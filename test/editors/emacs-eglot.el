;;; emacs-eglot.el --- Emacs + eglot drive the Strata language server  -*- lexical-binding: t -*-

;; Run by test/editors-emacs.test.ts as `emacs --batch -l emacs-eglot.el' in a copy of
;; examples/live: eglot starts our server for a sql-mode buffer of the rank job, then the script
;; asks for completion (completion-at-point), hover, definition and flymake's diagnostics after
;; an edit, and writes what Emacs saw as JSON to $STRATA_OUT.  Any failure is written as
;; {"error": ...} and exits non-zero.

(require 'json)
(require 'sql)
(require 'flymake)
(require 'eglot)                        ; built in since Emacs 29, Debian's elpa-eglot before

(defconst strata-root (file-name-as-directory (getenv "STRATA_PROJECT")))
(defconst strata-job (expand-file-name "jobs/ads_live_room_rank_1d.sql" strata-root))
(defconst strata-timeout 15)

(setq eglot-server-programs
      `((sql-mode . (,(getenv "STRATA_NODE") ,(getenv "STRATA_SERVER") "--stdio"))))
(setq eglot-sync-connect t
      eglot-connect-timeout strata-timeout
      eglot-autoshutdown nil)

;; The project is the folder holding strata.yaml, as a user would configure it.
(add-hook 'project-find-functions
          (lambda (dir)
            (let ((root (locate-dominating-file dir "strata.yaml")))
              (and root (cons 'transient root)))))

(defvar strata-indexed nil "Once the server logged the end of indexing: the publishes received by then.")
(defvar strata-publishes 0 "publishDiagnostics notifications received.")

;; eglot 1.9 does not advertise workDoneProgress, so the server's log line marks indexed.
(cl-defmethod eglot-handle-notification :after
  (_server (_method (eql window/logMessage)) &key message &allow-other-keys)
  (when (string-prefix-p "indexed " message) (setq strata-indexed strata-publishes)))

(cl-defmethod eglot-handle-notification :after
  (_server (_method (eql textDocument/publishDiagnostics)) &rest _)
  (setq strata-publishes (1+ strata-publishes)))

(defun strata-wait (what predicate)
  (let ((deadline (+ (float-time) strata-timeout)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline) (error "timed out waiting for %s" what))
      (accept-process-output nil 0.02))))

(defun strata-goto (line character)
  "Point at 0-based LINE and CHARACTER."
  (goto-char (point-min))
  (forward-line line)
  (forward-char character))

(defun strata-replace-line (line text)
  "Replace 0-based LINE with TEXT and tell the server."
  (save-excursion
    (strata-goto line 0)
    (delete-region (point) (line-end-position))
    (insert text))
  (eglot--signal-textDocument/didChange))

(defun strata-request (method line character)
  (strata-goto line character)
  (jsonrpc-request (eglot--current-server-or-lose) method (eglot--TextDocumentPositionParams)))

(defun strata-diagnostics ()
  "Flymake's diagnostics of the buffer: 0-based line and columns, type and text."
  (flymake-start)
  (vconcat
   (mapcar (lambda (d)
             (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
               (save-excursion
                 (goto-char beg)
                 `((line . ,(1- (line-number-at-pos beg)))
                   (col . ,(- beg (line-beginning-position)))
                   (end_col . ,(- end (line-beginning-position)))
                   (type . ,(symbol-name (flymake-diagnostic-type d)))
                   (text . ,(flymake-diagnostic-text d))))))
           (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))

(defun strata-main ()
  (find-file strata-job)
  (unless (derived-mode-p 'sql-mode) (error "%s opened in %s, not sql-mode" strata-job major-mode))
  (apply #'eglot (eglot--guess-contact))
  (strata-wait "eglot to manage the buffer" (lambda () (eglot-managed-p)))
  (strata-wait "indexing to end" (lambda () strata-indexed))
  ;; Open documents are re-checked once indexing ends; counted from the end itself, since that
  ;; re-check may arrive in the same read as the log line.
  (let ((seen strata-indexed))
    (strata-wait "diagnostics after indexing" (lambda () (> strata-publishes seen))))
  (let* ((indexed-diagnostics (strata-diagnostics))
         (hover (strata-request :textDocument/hover 49 6))
         (definition (let ((d (strata-request :textDocument/definition 53 20)))
                       (if (vectorp d) (aref d 0) d)))
         (edit-diagnostics
          (progn
            ;; The clean job has no diagnostics, so any now are the edit's.
            (strata-replace-line 49 "  k.gift_amout,")
            (strata-wait "diagnostics after the edit"
                         (lambda () (> (length (strata-diagnostics)) 0)))
            (strata-diagnostics)))
         (completion
          (progn
            (strata-replace-line 43 "  k.")
            (strata-goto 43 4)
            (let ((capf (eglot-completion-at-point)))
              (vconcat (mapcar #'substring-no-properties
                               (all-completions "" (nth 2 capf))))))))
    (eglot-shutdown (eglot--current-server-or-lose))
    `((indexed_diagnostics . ,indexed-diagnostics)
      (hover . ,(plist-get (plist-get hover :contents) :value))
      (definition . ((file . ,(file-relative-name (eglot--uri-to-path (plist-get definition :uri)) strata-root))
                     (range . ,(plist-get definition :range))))
      (edit_diagnostics . ,edit-diagnostics)
      (completion . ,completion))))

(defun strata-write (result)
  (with-temp-file (getenv "STRATA_OUT")
    (let ((json-encoding-pretty-print nil)) (insert (json-encode result)))))

(condition-case err
    (progn (strata-write (strata-main)) (kill-emacs 0))
  (error (strata-write `((error . ,(error-message-string err)))) (kill-emacs 1)))
