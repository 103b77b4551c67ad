import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintKeymap } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { graphql, updateSchema } from 'cm6-graphql';
import type { GraphQLSchema } from 'graphql';
import { useEffect, useRef } from 'react';

interface GraphQLEditorProps {
  value: string;
  /** Completion, checks and hover docs come from it; plain editing until it is loaded. */
  schema: GraphQLSchema | null;
  label: string;
  onChange: (value: string) => void;
  /** Ctrl+Enter / ⌘+Enter. */
  onRun: () => void;
}

/** The query editor: CodeMirror 6 with cm6-graphql, no network of its own (everything is in the app's bundle). */
export function GraphQLEditor({ value, schema, label, onChange, onRun }: GraphQLEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ onChange, onRun, value });

  useEffect(() => {
    latest.current = { onChange, onRun, value };
  });

  useEffect(() => {
    const run = () => {
      latest.current.onRun();
      return true;
    };
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: latest.current.value,
        extensions: [
          lineNumbers(),
          history(),
          bracketMatching(),
          closeBrackets(),
          autocompletion(),
          syntaxHighlighting(defaultHighlightStyle),
          keymap.of([
            { key: 'Mod-Enter', run },
            ...closeBracketsKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            ...completionKeymap,
            ...lintKeymap,
            indentWithTab,
          ]),
          // tabindex: the editable area is focusable anyway; saying so lets checkers (axe) see the scroller is reachable
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
          graphql(),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
  }, [label]);

  useEffect(() => {
    if (view.current) updateSchema(view.current, schema ?? undefined);
  }, [schema]);

  // A query opened from a link (the address changed): show it.
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className="explorer-editor" />;
}
