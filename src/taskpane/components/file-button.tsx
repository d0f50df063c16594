import { Button, type ButtonProps, makeStyles } from "@fluentui/react-components";
import { forwardRef, type ReactNode, useRef } from "react";

/** What the pane opens as a workbook. */
export const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  hidden: { display: "none" },
});

export interface FileInputProps {
  accept: string;
  testId: string;
  /** The accessible name: the same words as the button that opens it. */
  label: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}

/**
 * The file input behind a button: never shown nor reached by Tab (the button is), and cleared after each choice so
 * that the same file can be chosen again (after editing it in Excel).
 */
export const HiddenFileInput = forwardRef<HTMLInputElement, FileInputProps>(function HiddenFileInput({ accept, testId, label, multiple, onFiles }, ref) {
  const styles = useStyles();
  return (
    <input
      ref={ref}
      className={styles.hidden}
      type="file"
      multiple={multiple}
      accept={accept}
      data-testid={testId}
      aria-label={label}
      tabIndex={-1}
      onChange={(e) => {
        const files = [...(e.target.files ?? [])];
        e.target.value = "";
        if (files.length > 0) onFiles(files);
      }}
    />
  );
});

/** A button that asks for files (导入, 与上期对比, 选择文件…); `input` describes the chooser behind it. */
interface FileButtonProps {
  input: FileInputProps;
  children: ReactNode;
  size?: ButtonProps["size"];
  disabled?: boolean;
  "data-testid"?: string;
  "aria-label"?: string;
}

export function FileButton({ input, children, ...button }: FileButtonProps) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button {...button} onClick={() => ref.current?.click()}>
        {children}
      </Button>
      <HiddenFileInput ref={ref} {...input} />
    </>
  );
}
