import { batch, computed, effect, signal } from "@preact/signals-core";
import { createContext, h, render } from "preact";
import {
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from "preact/hooks";
window.x = [
  render,
  h,
  createContext,
  useState,
  useEffect,
  useLayoutEffect,
  useReducer,
  useMemo,
  useRef,
  useContext,
  signal,
  computed,
  effect,
  batch,
];
