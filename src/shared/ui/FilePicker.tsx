/**
 * A labelled file input that hands over the chosen file and forgets it, so choosing the same file
 * again (after fixing it, or to import again) is seen as a new choice.
 */
export function FilePicker(props: { label: string; accept: string; disabled: boolean; onFile: (file: File) => void }) {
  return (
    <label class="bs-file">
      {props.label}{' '}
      <input
        type="file"
        accept={props.accept}
        disabled={props.disabled}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (file) props.onFile(file);
          input.value = '';
        }}
      />
    </label>
  );
}
